"""Notebook 07's own pieces: texts.py (its texts)."""
