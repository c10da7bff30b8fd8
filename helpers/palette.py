"""The course's colours: one palette for every figure (Okabe-Ito, safe for colour-blind readers).

Training data is blue, test data orange, a model's line vermillion; never red against green
alone. `helpers.plots` sets them as matplotlib's colour cycle.
"""

COLORS = {
    "blue": "#0072B2", "orange": "#E69F00", "green": "#009E73", "vermillion": "#D55E00",
    "purple": "#CC79A7", "sky": "#56B4E9", "yellow": "#F0E442", "black": "#000000",
    "grey": "#999999",
}
TRAIN_COLOR, TEST_COLOR, MODEL_COLOR = COLORS["blue"], COLORS["orange"], COLORS["vermillion"]
