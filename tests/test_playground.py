"""The training playground (helpers/playground.py), driven as a learner drives it: set the
controls, press train, watch the curves and the units redrawn, press stop while it trains.

Without a running event loop (plain pytest) "train" trains at once; inside `asyncio.run` it
starts a task that awaits between epochs, as in a notebook, so "stop" can be pressed while it
runs. Works with ipywidgets 8 and 7.7 (tests/test_colab_env.py runs this module there too).
"""

import asyncio
import warnings

import numpy as np
import pytest

import helpers.frontend.widgets as hw
import helpers.training as training
from helpers.data import load_views
from helpers.frontend.playground import EPOCHS, Playground
from helpers.language.messages import t


@pytest.fixture(scope="module")
def views():
    return load_views()


def small(views, **settings):
    """A playground with a short run (the tests' machine is shared)."""
    return Playground(views, **{"width": 10, "epochs": 10, **settings})


def test_train_runs_the_chosen_network_and_redraws_everything(views, capsys):
    pg = small(views)
    units_before = [line.get_ydata().copy() for line in pg.artists["units"]]
    redraws = pg.live.redraws
    c = pg.controls
    c["depth"].value, c["width"].value, c["activation"].value = 2, 5, "sigmoid"
    c["epochs"].value, c["seed"].value, c["lr"].value = 20, 3, 1e-2
    c["train"].click()

    net = pg.fitted.net
    assert (net.n_layers, net.params[0].shape, net.activation) == (2, (5, 56), "sigmoid")
    assert len(pg.history.train_loss) == len(pg.history.val_loss) == 20
    assert pg.progress.value == pg.progress.max == 20
    assert pg.progress.description == t("playground.progress", epoch=20, epochs=20)
    np.testing.assert_array_equal(pg.artists["train"].get_xdata(), np.arange(1, 21))
    np.testing.assert_allclose(pg.artists["val"].get_ydata(),
                               np.array(pg.history.val_loss) * pg.scale)
    assert np.all(np.isfinite(pg.artists["prediction"].get_ydata()))
    shown = [line for line in pg.artists["units"] if line.get_visible()]
    assert len(shown) == 5                                   # all 5 units of the first layer
    assert any(not np.array_equal(line.get_ydata(), before)
               for line, before in zip(pg.artists["units"], units_before, strict=True))
    assert pg.live.redraws > redraws
    assert pg.status.value.startswith("Done: 20 epochs.")
    assert not pg.running and not c["train"].disabled and c["stop"].disabled
    assert capsys.readouterr().out == ""                   # never prints (nbval)


def test_the_same_settings_train_the_same_network(views):
    a, b = small(views, seed=4), small(views, seed=4)
    a.train()
    b.controls["train"].click()
    np.testing.assert_array_equal(a.fitted.net.theta, b.fitted.net.theta)


def test_relu_units_are_ramps_the_pieces_of_notebook_03(views):
    pg = small(views, width=20)
    pg.train()
    x, a, order = pg.units(j=1)
    assert a.shape == (200, 20) and sorted(order) == list(range(20))
    for i in range(20):                 # each unit: flat at 0, then a straight line (one kink)
        slope = np.diff(a[:, i]) / np.diff(x)
        on = (a[:-1, i] > 0) & (a[1:, i] > 0)
        assert np.allclose(slope[on], slope[on][0] if on.any() else 0, rtol=1e-6, atol=1e-9)
        assert np.sum(np.diff((a[:, i] > 0).astype(int)) != 0) <= 1


def test_the_input_slider_redraws_the_units_for_another_day(views):
    pg = small(views)
    pg.train()
    redraws = pg.live.redraws
    before = [line.get_ydata().copy() for line in pg.artists["units"]]
    pg.controls["input"].value = 7
    assert pg.live.redraws == redraws + 1
    assert pg.ax_units.get_xlabel() == t("playground.input_axis", j=7)
    x7, a7, order7 = pg.units()
    shown = [line for line in pg.artists["units"] if line.get_visible()]
    np.testing.assert_allclose(shown[0].get_ydata(), a7[:, order7[0]])
    assert any(not np.array_equal(line.get_ydata(), b)
               for line, b in zip(pg.artists["units"], before, strict=True))


def test_stop_ends_a_run_that_yields_between_epochs(views):
    pg = small(views, epochs=200)

    async def learner():
        pg.controls["train"].click()                        # in a notebook: a task
        assert pg.task is not None and pg.running
        assert pg.controls["depth"].disabled and not pg.controls["stop"].disabled
        pg.controls["train"].click()                        # a second click is ignored
        for _ in range(10_000):
            await asyncio.sleep(0)
            if pg.progress.value >= 3:
                break
        pg.controls["stop"].click()
        await pg.task

    asyncio.run(learner())
    assert 3 <= pg.stopped_at < 200
    assert len(pg.history.train_loss) == pg.stopped_at
    assert pg.status.value.startswith(f"Stopped after epoch {pg.stopped_at} of 200.")
    assert not pg.running and pg.controls["stop"].disabled and not pg.controls["train"].disabled
    np.testing.assert_array_equal(pg.artists["train"].get_xdata(), np.arange(1, pg.stopped_at + 1))


def test_a_run_in_a_task_ends_like_a_blocking_one(views):
    pg, blocking = small(views, seed=1), small(views, seed=1)

    async def learner():
        pg.controls["train"].click()
        await pg.task

    asyncio.run(learner())
    blocking.train()
    np.testing.assert_array_equal(pg.fitted.net.theta, blocking.fitted.net.theta)
    assert pg.status.value == blocking.status.value


def test_divergence_is_said_in_the_status_not_raised(views, monkeypatch):
    monkeypatch.setattr(training, "EXPLODED", 1e-6)        # every loss now counts as exploded
    pg = small(views)
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        pg.train()
    assert not [w for w in seen if issubclass(w.category, training.DivergenceWarning)]
    assert pg.history.diverged
    assert pg.status.value == t("playground.diverged_at_once")
    assert not pg.running


def test_display_trains_first_and_stores_a_static_picture(views, monkeypatch):
    shown = []
    monkeypatch.setattr(hw, "display", lambda bundle, **kw: shown.append(bundle))
    pg = small(views)
    pg.display()
    (bundle,) = shown
    assert pg.fitted is not None and len(pg.history.train_loss) == 10
    assert bundle[hw.WIDGET_MIME]["model_id"] == pg.box.model_id
    assert bundle["text/plain"] == t("playground.note")
    assert bundle["image/png"]


def test_bad_starting_settings_are_refused_with_the_choices(views):
    with pytest.raises(ValueError, match=r"epochs = 150 .*10, 20, 50, 100, 200, 500"):
        Playground(views, epochs=150)
    assert 100 in EPOCHS


def test_an_error_while_training_in_a_task_is_shown_and_the_controls_come_back(views,
                                                                               monkeypatch):
    pg = small(views)

    def broken(*args, **kwargs):
        raise MemoryError("no room for this network")
        yield                                              # a generator, like train_epochs

    monkeypatch.setattr("helpers.frontend.playground.train_epochs", broken)

    async def learner():
        pg.controls["train"].click()
        await pg.task

    asyncio.run(learner())
    assert isinstance(pg.error, MemoryError)
    assert pg.status.value == t("playground.failed",
                                error="MemoryError: no room for this network")
    assert not pg.running and not pg.controls["train"].disabled


# --- a playground a teacher sets up: presets, hidden controls, the line that recreates it -------
def shown_controls(pg) -> set:
    """The names of the controls a learner sees (the widgets inside the playground's box)."""
    seen, stack = set(), [pg.box]
    while stack:
        w = stack.pop()
        seen.add(w.model_id)
        stack += list(getattr(w, "children", ()))
    return {name for name, c in pg.controls.items() if c.model_id in seen}


def test_a_preset_sets_the_start_and_hides_controls(views):
    pg = Playground(views, depth=2, width=5, activation="sigmoid", lr=1e-2, epochs=10, seed=3,
                    hide=("activation", "depth", "seed"))
    assert pg.settings() == {"depth": 2, "width": 5, "activation": "sigmoid", "lr": 1e-2,
                             "epochs": 10, "seed": 3}
    assert shown_controls(pg) == {"width", "lr", "epochs", "train", "stop", "input"}
    pg.controls["train"].click()                    # hidden settings still train as preset
    net = pg.fitted.net
    assert (net.n_layers, net.params[0].shape, net.activation) == (2, (5, 56), "sigmoid")
    everything = Playground(views, hide="lr")       # one name is enough
    assert shown_controls(everything) == set(everything.controls) - {"lr"}
    assert shown_controls(small(views)) == set(pg.controls)    # nothing hidden by default


def test_after_training_it_shows_the_line_that_recreates_the_setup(views):
    pg = small(views, hide=("activation",))
    assert pg.recipe_line.value == ""                       # nothing trained yet
    c = pg.controls
    c["depth"].value, c["width"].value, c["lr"].value, c["seed"].value = 3, 2, 3e-4, 7
    c["train"].click()
    line = pg.recipe()
    assert line == ('Playground(views, depth=3, width=2, activation=\'relu\', lr=0.0003, '
                    'epochs=10, seed=7, hide=(\'activation\',))')
    assert line.replace("'", "&#x27;") in pg.recipe_line.value
    assert pg.recipe_line.value == t("playground.recipe",
                                     code=line.replace("'", "&#x27;"))
    again = eval(line, {"Playground": Playground, "views": views})   # noqa: S307 -- our line
    again.train()
    assert again.settings() == pg.settings() and again.hidden == pg.hidden
    np.testing.assert_array_equal(again.fitted.net.theta, pg.fitted.net.theta)
    c["lr"].value = 1e-1                              # changed after training: next run says so
    c["train"].click()
    assert "lr=0.1," in pg.recipe_line.value


def test_every_choice_survives_the_recipe(views):
    """Every learning rate and epoch count prints as a value the controls accept again."""
    pg = small(views)
    for lr in training_choices(pg, "lr"):
        pg.controls["lr"].value = lr
        text = pg.recipe().split("lr=")[1].split(",")[0]
        assert float(text) == lr
        Playground._check(1, 10, "relu", float(text), 10, 0)


def training_choices(pg, name):
    return [value for _, value in pg.controls[name].options]


def test_unknown_hidden_controls_are_refused_with_the_choices(views):
    with pytest.raises(ValueError, match=r"hide = 'eta'` .*depth, width, activation, lr"):
        Playground(views, hide=("eta",))


def test_in_the_browser_it_trains_in_chunks_with_real_pauses(views, monkeypatch):
    """Pyodide: asyncio.sleep(0) let almost no message in, so there the task pauses for
    BROWSER_PAUSE after each chunk of CHUNK_SECONDS (tests/test_lite.py: stop in the browser);
    the network it trains is the same."""
    import helpers.playground as playground

    monkeypatch.setattr(playground, "in_browser", lambda: True)
    monkeypatch.setattr(playground, "CHUNK_SECONDS", 0.0)     # a pause after every epoch
    pauses = []
    real_sleep = asyncio.sleep

    async def sleep(seconds):
        pauses.append(seconds)
        await real_sleep(0)

    monkeypatch.setattr(playground.asyncio, "sleep", sleep)
    pg, blocking = small(views, seed=2), small(views, seed=2)

    async def learner():
        pg.controls["train"].click()
        await pg.task

    asyncio.run(learner())
    blocking.train()
    assert set(pauses) == {playground.BROWSER_PAUSE} and len(pauses) == 10   # after each epoch
    np.testing.assert_array_equal(pg.fitted.net.theta, blocking.fitted.net.theta)
    stopping = small(views, epochs=200)

    async def stopper():
        stopping.controls["train"].click()
        while stopping.progress.value < 2:
            await real_sleep(0)
        stopping.controls["stop"].click()
        await stopping.task

    asyncio.run(stopper())
    assert 2 <= stopping.stopped_at <= 3
