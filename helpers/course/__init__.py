"""The course itself: the checked exercises and what each notebook brings of its own.

    checks.py       the checker every exercise uses (`Exercise`, `Slip`, `Wrong`, `run_check`)
    exercises.py    `check(key, fn)` and `for_notebook("01")`: finds every notebook's exercises
    lessons.py      tables and sentences the notebooks compute from experiments
    nbXX/           one folder per notebook, named by its number (nb00, nb00b, nb01, ...):
        texts.py        its texts (figure labels, printed results) and its checker messages
        exercises.py    its checked exercises (EXERCISES, a list; ALSO_RIGHT, other right answers)

Nothing lists the notebooks: a folder `nbXX/` is found by its name. The highest layer: it may
import the maths, `helpers.language` and `helpers.frontend`; nothing imports it back.
"""
