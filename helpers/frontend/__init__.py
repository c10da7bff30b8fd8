"""How the course is shown: `notebook` (what the setup cell calls), `plots` (the course's
figures and style), `widgets` (sliders: one call per control), `playground` (notebook 06's
training playground).

Imports the maths (`helpers.models`, `helpers.training`, ...) and `helpers.language`, never
`helpers.course`.
"""
