"""Notebook 05's own pieces: texts.py (its texts, its checker messages) and
exercises.py (its checked exercises)."""
