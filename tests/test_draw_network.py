"""The picture of the network: every parameter kind is labelled, ⋮ stands for the rest."""

import matplotlib.pyplot as plt

from helpers.frontend.plots import draw_network


def texts(ax):
    return [t.get_text() for t in ax.texts]


def test_draw_network_labels_the_parameters():
    ax = draw_network(56, 10)
    labels = " ".join(texts(ax))
    for expected in ["$x_{1}$", "$x_{56}$", "$b_{1}$", "$b_{10}$", "$w_{11}$", "$c_1$",
                     r"$\sigma$", "W (10×56)", "c (10,)", "+b", "$y$"]:
        assert expected in labels, expected
    assert r"$\vdots$" in labels  # inputs 4..55 are not drawn one by one
    plt.close(ax.figure)


def test_draw_network_small_and_wide():
    ax = draw_network(3, 40, activation="relu")
    labels = texts(ax)
    assert "$x_{3}$" in labels and "$b_{40}$" in labels and "ReLU" in labels
    assert labels.count(r"$\vdots$") == 1  # only the units are cut
    plt.close(ax.figure)
