"""Notebook 00's own pieces: texts.py (its texts)."""
