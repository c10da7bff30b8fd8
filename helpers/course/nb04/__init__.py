"""Notebook 04's own pieces: texts.py (its texts, its checker messages) and
exercises.py (its checked exercises)."""
