"""Code the course notebooks share: data → features → models, losses → training → plots → widgets.

Each module imports only the ones before it. A notebook shows an idea in a few visible lines,
then calls the helper from here on.
"""
