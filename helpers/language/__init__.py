"""What the course says to a person: `messages` (t, say, set_language), the shared texts of the
`catalogue`, and `fonts` (the Chinese font figures draw with).

The lowest layer of `helpers`: it imports nothing else of the course's code (the notebooks'
texts, `helpers/course/nbXX/texts.py`, are plain dicts the catalogue reads by name).
"""
