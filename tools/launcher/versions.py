# -*- coding: utf-8 -*-
"""The Pythons the course supports. tools/course.py reads this before it checks the version,
so this file must parse on Python 2.7 (no f-strings, no annotations): keep it to constants."""

SUPPORTED = ((3, 10), (3, 14))  # oldest and newest Python the course is tested and locked for
RECOMMENDED = "3.13"            # what the refusal message tells people to install
REFERENCE = "3.11"              # the stored outputs were made with this Python and its lock
