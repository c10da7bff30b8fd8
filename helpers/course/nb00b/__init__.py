"""Notebook 00b's own pieces: texts.py (its texts, its checker messages) and
exercises.py (its checked exercises)."""
