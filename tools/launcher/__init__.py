# -*- coding: utf-8 -*-
"""The course's launcher, behind `python3 tools/course.py COMMAND`: a module per job (see
tools/course.py's docstring for the map). Standard library only. tools/course.py imports
versions.py from here before it checks the Python version, so this file and versions.py
must parse on Python 2.7; the others need Python 3.10+."""
