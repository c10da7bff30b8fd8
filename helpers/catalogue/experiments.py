"""Texts shown by helpers/experiments.py."""

MESSAGES: dict[str, dict[str, str]] = {
    # the browser edition's smaller setting (helpers.browser), said where the training runs
    "experiments.browser_sweep": {
        "en": "Browser edition: {seeds} seeds × {epochs} + {settle} epochs per network here "
              "(in JupyterLab: {full_seeds} seeds × {full_epochs} + {full_settle}), so that the "
              "notebook runs in under two minutes; the numbers differ a little from the stored "
              "ones.",
        "zh": "浏览器版：这里每个网络用 {seeds} 个随机种子 × {epochs} + {settle} "
              "个回合（在 JupyterLab 中是 {full_seeds} 个种子 × {full_epochs} + "
              "{full_settle} 个回合），以便整个笔记本在两分钟内运行完；"
              "结果与保存的输出略有不同。",
    },
    "experiments.browser_curves": {
        "en": "Browser edition: {seeds} seed(s) × {epochs} epochs at η = {lr:g} here (in "
              "JupyterLab: {full_seeds} seeds × {full_epochs} epochs at η = {full_lr:g}), so "
              "that the notebook runs in under two minutes; the curves are noisier, the band "
              "of the spread is flat with one seed, and the numbers differ from the stored ones.",
        "zh": "浏览器版：这里用 {seeds} 个随机种子 × {epochs} 个回合，η = {lr:g}（在 "
              "JupyterLab 中是 {full_seeds} 个种子 × {full_epochs} 个回合，η = {full_lr:g}），"
              "以便整个笔记本在两分钟内运行完；曲线起伏更大，只有一个种子时，"
              "表示离散程度的色带是平的，结果也与保存的输出不同。",
    },
}
