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
    # --- the checker's messages for this notebook's exercises (exercises.py) ---------------
    "checks.sigmoid_sum.sum_axis": {
        "en": "✗ One number per sigmoid, where one number per x1 was expected: you added up "
              "over the x1 values instead of over the sigmoids. Hint: sum each row of the "
              "table (axis=1).",
        "zh": "✗ 你得到的是每个 Sigmoid 一个数，而预期是每个 x1 一个数：你是对 x1 求和，而不是对"
              "各个 Sigmoid 求和。提示：对表的每一行求和（axis=1）。",
    },
    "checks.sigmoid_sum.no_b": {
        "en": "✗ Your curve is off by b: the constant is missing. Hint: y = b + Σ …: add b.",
        "zh": "✗ 你的曲线差了 b：漏掉了常数项。提示：y = b + Σ …：别忘了加上 b。",
    },
    "checks.sigmoid_sum.no_c": {
        "en": "✗ Every sigmoid climbs to 1: the heights c_i are missing. Hint: multiply each "
              "sigmoid by its own c_i.",
        "zh": "✗ 每个 Sigmoid 都升到 1：漏掉了高度 c_i。提示：每个 Sigmoid 都要乘以它自己的 c_i。",
    },
    "checks.sigmoid_sum.sigma_sign": {
        "en": "✗ Your sigmoids fall where they should rise: 1 / (1 + e^+z) instead of "
              "1 / (1 + e^-z). Hint: use `sigmoid` from helpers.models, or mind the minus sign "
              "in the exponent.",
        "zh": "✗ 你的 Sigmoid 在该上升的地方下降了：写成了 1 / (1 + e^+z)，而不是 1 / (1 + e^-z)。"
              "提示：用 helpers.models 中的 `sigmoid`，或注意指数里的负号。",
    },
    "checks.sigmoid_sum.hard": {
        "en": "✗ Your pieces are hard sigmoids: the book's new model uses the smooth sigmoid "
              "σ. Hint: use `sigmoid` from helpers.models.",
        "zh": "✗ 你用的是 Hard Sigmoid：书中的新模型用的是平滑的 Sigmoid 函数 σ。提示：用 "
              "helpers.models 中的 `sigmoid`。",
    },
    "checks.sigmoid_sum.hint": {
        "en": "make a table (m, n) of c_i·σ(b_i + w_i·x1): `x1[:, None]` (a column) against the "
              "vectors c, bi, wi (rows); then add up each row and add b.",
        "zh": "列出一张 (m, n) 的表 c_i·σ(b_i + w_i·x1)：`x1[:, None]`（列向量）"
              "与向量 `c`、`bi`、`wi`"
              "（行）相遇；再把每一行加起来，加上 b。",
    },
    "checks.sigmoid_slope.z_form": {
        "en": "✗ σ(z)·(1 - z) mixes up σ(z) and z. Hint: the slope can be written with σ(z) "
              "alone; z itself does not appear.",
        "zh": "✗ σ(z)·(1 - z) 把 σ(z) 和 z 混在一起了。提示：斜率可以只用 σ(z) 写出来，z 本身"
              "不出现。",
    },
    "checks.sigmoid_slope.sign": {
        "en": "✗ Your slope is negative: the sigmoid rises everywhere, so its slope is "
              "positive. Hint: check the order inside (1 - …).",
        "zh": "✗ 你的斜率是负的：Sigmoid 处处上升，所以它的斜率是正的。提示：检查括号 (1 - …) "
              "里的顺序。",
    },
    "checks.sigmoid_slope.sigma": {
        "en": "✗ This is σ(z) itself, not its slope. Hint: differentiate 1 / (1 + e^-z) with "
              "the chain rule, then write the result with σ(z).",
        "zh": "✗ 这是 σ(z) 本身，不是它的斜率。提示：用链式法则对 1 / (1 + e^-z) 求导，再用 σ(z) "
              "表示结果。",
    },
    "checks.sigmoid_slope.square": {
        "en": "✗ σ(z)² keeps growing with z, but the slope of a sigmoid is largest at z = 0 "
              "and falls to 0 on both sides. Hint: it can be written with σ(z) alone.",
        "zh": "✗ σ(z)² 随 z 一直增大，而 Sigmoid 的斜率在 z = 0 处最大，向两侧降到 0。提示：它可以"
              "只用 σ(z) 写出来。",
    },
    "checks.sigmoid_slope.hint": {
        "en": "differentiate σ(z) = 1 / (1 + e^-z) with the chain rule; the result can be "
              "written with σ(z) alone, and is 1/4 at z = 0.",
        "zh": "用链式法则对 σ(z) = 1 / (1 + e^-z) 求导；结果可以只用 σ(z) 写出来，在 z = 0 处等于 "
              "1/4。",
    },
    "checks.hard_sigmoid_relu.plus": {
        "en": "✗ Your curve keeps climbing after the ramp: the two ReLUs are added. Hint: the "
              "second ReLU must be subtracted, so that it cancels the climb of the first where "
              "the ramp ends.",
        "zh": "✗ 你的曲线在斜坡之后还在上升：两个 ReLU 被加在了一起。提示：第二个 ReLU 要减去，"
              "这样它在斜坡结束处抵消第一个 ReLU 的上升。",
    },
    "checks.hard_sigmoid_relu.no_c": {
        "en": "✗ Your hard sigmoid always climbs to 1: the height c is missing. Hint: multiply "
              "both ReLUs by c.",
        "zh": "✗ 你的 Hard Sigmoid 总是升到 1：漏掉了高度 c。提示：两个 ReLU 都要乘以 c。",
    },
    "checks.hard_sigmoid_relu.shift_x": {
        "en": "✗ Your ramp ends in the wrong place when w ≠ 1: you shifted x1 by 1 instead of "
              "z = b + w·x1. Hint: the ramp ends where z reaches 1.",
        "zh": "✗ 当 w ≠ 1 时，你的斜坡结束的位置不对：你把 x1 移了 1，而不是把 z = b + w·x1 移了 1"
              "。"
              "提示：斜坡在 z 达到 1 的地方结束。",
    },
    "checks.hard_sigmoid_relu.one_relu": {
        "en": "✗ One ReLU climbs forever, but a hard sigmoid levels off at height c. Hint: "
              "subtract a second ReLU that starts one unit of z later.",
        "zh": "✗ 一个 ReLU 会一直上升下去，而 Hard Sigmoid 到高度 c 就变平了。提示：再减去一个"
              "晚一个单位（按 z 计）才开始的 ReLU。",
    },
    "checks.hard_sigmoid_relu.floor_one": {
        "en": "✗ Your ReLUs are `max(1, z)`: the ramp starts at z = 1 instead of z = 0. "
              "Hint: relu(z) = max(0, z), flat at 0 below z = 0.",
        "zh": "✗ 你的 ReLU 写成了 `max(1, z)`：斜坡从 z = 1 而不是 z = 0 开始。提示：relu(z) = "
              "max(0, z)，在 z = 0 以下平在 0。",
    },
    "checks.hard_sigmoid_relu.shift_up": {
        "en": "✗ Your second ReLU starts before the first: z + 1 instead of one unit later. "
              "Hint: the ramp starts where z = 0 and ends where z = 1.",
        "zh": "✗ 你的第二个 ReLU 比第一个还早开始：用了 z + 1，而不是晚一个单位。提示：斜坡从 z = 0"
              " "
              "开始，到 z = 1 结束。",
    },
    "checks.hard_sigmoid_relu.hint": {
        "en": "with z = b + w·x1, one ReLU starts the ramp at z = 0; a second one, subtracted, "
              "stops it at z = 1; both are scaled by the height c.",
        "zh": "令 z = b + w·x1：一个 ReLU 在 z = 0 处开始斜坡；再减去一个 ReLU，让斜坡在 z = 1 处"
              "停下；两者都乘以高度 c。",
    },
}
