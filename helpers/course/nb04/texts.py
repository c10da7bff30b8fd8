"""Texts of notebook 04's own figure code and printed results."""

MESSAGES: dict[str, dict[str, str]] = {
    "nb04.shape": {
        "en": "c={c}, b={b:2d}, w={w:2d}:  height {height:.2f}   midpoint {midpoint:+.2f} "
              "(-b/w = {rule:+.2f})   steepest slope {slope:.2f} (c·w/4 = {rule_slope:.2f})",
        "zh": "c={c}, b={b:2d}, w={w:2d}：  高度 {height:.2f}   中点 {midpoint:+.2f} "
              "(-b/w = {rule:+.2f})   最陡处的斜率 {slope:.2f} (c·w/4 = {rule_slope:.2f})",
    },
    "nb04.w_slope": {"en": "w: slope", "zh": "w：斜率"},
    "nb04.b_shift": {"en": "b: shift", "zh": "b：平移"},
    "nb04.c_height": {"en": "c: height", "zh": "c：高度"},
    "nb04.three_sigmoids": {
        "en": "the three sigmoids (c, b, w):",
        "zh": "三个 S 型函数 (c, b, w)：",
    },
    "nb04.smooth_mae": {
        "en": "mean absolute error to the piecewise linear curve: {mae:.3f}",
        "zh": "与分段线性曲线之间的平均绝对误差：{mae:.3f}",
    },
    "nb04.piecewise_03": {"en": "piecewise linear (notebook 03)", "zh": "分段线性（笔记本 03）"},
    "nb04.constant_3": {"en": "constant + 3 sigmoids", "zh": "常数 + 3 个 S 型函数"},
    "nb04.in_place_title": {
        "en": "Three sigmoids in place of three hard sigmoids",
        "zh": "用三个 S 型函数代替三个 Hard Sigmoid",
    },
    "nb04.sigmoids": {"en": "sigmoids", "zh": "S 型函数个数"},
    "nb04.linear_fit": {
        "en": "linear y = {b:.2f} + {w:.2f}·x1: train {train:.3f}k, test {test:.3f}k",
        "zh": "线性 y = {b:.2f} + {w:.2f}·x1：训练 {train:.3f}k，测试 {test:.3f}k",
    },
    "nb04.sigmoid3_fit": {
        "en": "b + 3 sigmoids: train {train:.3f}k, test {test:.3f}k",
        "zh": "b + 3 个 S 型函数：训练 {train:.3f}k，测试 {test:.3f}k",
    },
    "nb04.constant_b": {"en": "constant b = {b:.2f}k", "zh": "常数 b = {b:.2f}k"},
    "nb04.sigmoid_i": {"en": "sigmoid {i}", "zh": "S 型函数 {i}"},
    "nb04.linear_model": {"en": "linear model", "zh": "线性模型"},
    "nb04.b_3_sigmoids": {"en": "b + 3 sigmoids", "zh": "b + 3 个 S 型函数"},
    "nb04.tomorrow_title": {
        "en": "Tomorrow's views against today's",
        "zh": "明天的观看次数与今天的对比",
    },
    "nb04.today_axis": {"en": "x1: views today (thousands)", "zh": "x1：今天的观看次数（千次）"},
    "nb04.tomorrow_axis": {"en": "views tomorrow (thousands)", "zh": "明天的观看次数（千次）"},
    "nb04.learned_title": {"en": "The three learned sigmoids", "zh": "学到的三个 S 型函数"},
    "nb04.linear_1": {"en": "linear, 1 day", "zh": "线性，1 天"},
    "nb04.sigmoids_1": {"en": "3 sigmoids, 1 day", "zh": "3 个 S 型函数，1 天"},
    "nb04.linear_7": {"en": "linear, 7 days", "zh": "线性，7 天"},
    "nb04.sigmoids_7": {"en": "10 sigmoids, 7 days", "zh": "10 个 S 型函数，7 天"},
    "nb04.model": {"en": "model", "zh": "模型"},
    "nb04.sigmoid_formula": {
        "en": "sigmoid σ(z) = 1 / (1 + e^-z)",
        "zh": "S 型函数 σ(z) = 1 / (1 + e^-z)",
    },
    "nb04.hard_sigmoid": {"en": "hard sigmoid", "zh": "Hard Sigmoid"},
    "nb04.activations_title": {"en": "Three activation functions", "zh": "三种激活函数"},
    "nb04.activation": {"en": "activation", "zh": "激活值"},
    "nb04.flat_start": {
        "en": "start (a flat line at {level:.2f}k): {mae:.3f}k",
        "zh": "起点（一条高度为 {level:.2f}k 的水平线）：{mae:.3f}k",
    },
    "nb04.best_even": {
        "en": "best fit with {n} evenly spread sigmoids: {mae:.3f}k",
        "zh": "用 {n} 个均匀分布的 S 型函数得到的最好拟合：{mae:.3f}k",
    },
    "nb04.best_start": {
        "en": "best fit for the sliders' starting midpoints (m = {m}): {mae:.3f}k",
        "zh": "滑块起始中点（m = {m}）的最好拟合：{mae:.3f}k",
    },
}
