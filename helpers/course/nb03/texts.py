"""Texts of notebook 03's own figure code and printed results (04 reuses the day axis)."""

MESSAGES: dict[str, dict[str, str]] = {
    "nb03.bend_points": {"en": "bend points: x1 = {x}, y = {y}", "zh": "转折点：x1 = {x}，y = {y}"},
    "nb03.best_line": {
        "en": "best line: y = {b:.2f} + {w:.2f}·x1, mean absolute error {mae:.3f}",
        "zh": "最好的直线：y = {b:.2f} + {w:.2f}·x1，平均绝对误差 {mae:.3f}",
    },
    "nb03.target_piecewise": {"en": "target: piecewise linear", "zh": "目标：分段线性曲线"},
    "nb03.bends": {"en": "bend points", "zh": "转折点"},
    "nb03.best_line_label": {"en": "best line y = b + w·x1", "zh": "最好的直线 y = b + w·x1"},
    "nb03.misses_title": {
        "en": "The best straight line misses every bend",
        "zh": "最好的直线错过了每一个转折",
    },
    "nb03.piece": {"en": "piece {i}", "zh": "第 {i} 段"},
    "nb03.constant": {
        "en": "constant = {constant:.2f}  (the curve's value at x1 = 0)",
        "zh": "常数 = {constant:.2f}  （曲线在 x1 = 0 处的值）",
    },
    "nb03.c_rise": {"en": "c (rise)", "zh": "c（升高量）"},
    "nb03.w_width": {"en": "w (1/width)", "zh": "w（1/宽度）"},
    "nb03.ramp_from": {"en": "ramp from x1", "zh": "斜坡起点 x1"},
    "nb03.ramp_to": {"en": "ramp to x1", "zh": "斜坡终点 x1"},
    "nb03.sum_is_target": {
        "en": "constant + pieces equals the target everywhere: {same}",
        "zh": "常数 + 各段处处等于目标：{same}",
    },
    "nb03.constant_label": {"en": "constant {c:.1f}", "zh": "常数 {c:.1f}"},
    "nb03.target": {"en": "target", "zh": "目标"},
    "nb03.plus_piece_1": {"en": "constant + piece 1", "zh": "常数 + 第 1 段"},
    "nb03.plus_pieces": {"en": "constant + pieces 1-{n}", "zh": "常数 + 第 1-{n} 段"},
    "nb03.pieces_title": {"en": "Constant and hard sigmoids", "zh": "常数和 Hard Sigmoid"},
    "nb03.sum_title": {"en": "Their sum is the target", "zh": "它们的和就是目标"},
    "nb03.pieces": {"en": "pieces", "zh": "段数"},
    "nb03.col_mae": {"en": "mean absolute error (k)", "zh": "平均绝对误差 (k)"},
    "nb03.col_largest": {"en": "largest error (k)", "zh": "最大误差 (k)"},
    "nb03.col_ratio": {
        "en": "MAE ÷ MAE with half the pieces",
        "zh": "MAE ÷ 段数减半时的 MAE",
    },
    "nb03.week_shape": {"en": "week shape", "zh": "一周的形状"},
    "nb03.n_pieces": {"en": "{n} pieces", "zh": "{n} 段"},
    "nb03.day_monday": {"en": "day (0 = Monday)", "zh": "天（0 = 周一）"},
    "nb03.day_axis": {"en": "day (0 = Monday 00:00)", "zh": "天（0 = 周一 00:00）"},
    # --- the checker's messages for this notebook's exercises (exercises.py) ---------------
    "checks.piece.height": {
        "en": "✗ c is the height of the end point, not the rise of the piece. Hint: c is how "
              "much the curve climbs over the piece: end height minus start height (negative "
              "if it falls).",
        "zh": "✗ c 用的是终点的高度，而不是这一段的上升量。提示：c 是曲线在这一段上升了多少：终点"
              "高度减去起点高度（下降时为负）。",
    },
    "checks.piece.width": {
        "en": "✗ w is the width of the piece, but it must be one over the width. Hint: z = b + "
              "w·x1 must grow by exactly 1 over the piece, from 0 at xa to 1 at xb.",
        "zh": "✗ w 用的是这一段的宽度，但它应该是宽度的倒数。提示：z = b + w·x1 在这一段上要恰好"
              "增加 1：在 `xa` 处为 0，在 `xb` 处为 1。",
    },
    "checks.piece.b_no_w": {
        "en": "✗ b is -xa: right only when w = 1. Hint: the ramp starts where z = b + w·x1 is 0, "
              "so solve b + w·xa = 0 for b.",
        "zh": "✗ b 取了 -`xa`：只有在 w = 1 时才对。提示：斜坡从 z = b + w·x1 等于 0 的地方开始，"
              "所以由 b + w·`xa` = 0 解出 b。",
    },
    "checks.piece.b_sign": {
        "en": "✗ b has the wrong sign: your ramp would start at -xa. Hint: at x1 = xa, z = b + "
              "w·xa must be 0.",
        "zh": "✗ b 的符号反了：你的斜坡会从 -`xa` 开始。提示：在 x1 = `xa` 处，"
              "z = b + w·`xa` 必须为 0。",
    },
    "checks.piece.b_end": {
        "en": "✗ Your ramp starts at xb, where it should end. Hint: z = b + w·x1 must be 0 at "
              "the start of the piece, x1 = xa.",
        "zh": "✗ 你的斜坡从 `xb` 开始，而那里本该是它结束的地方。"
              "提示：在这一段的起点 x1 = `xa` 处，"
              "z = b + w·x1 必须为 0。",
    },
    "checks.piece.hint": {
        "en": "the ramp of c·hard_sigmoid(b + w·x1) starts where b + w·x1 = 0, ends where it "
              "is 1, and climbs by c.",
        "zh": "c·hard_sigmoid(b + w·x1) 的斜坡从 b + w·x1 = 0 处开始，到它等于 1 处结束，共上升 c。"
              "",
    },
    "checks.curve.no_constant": {
        "en": "✗ Your curve is off by the constant: it starts at 0 instead of where the curve "
              "meets the y-axis. Hint: add the constant to the sum of the pieces.",
        "zh": "✗ 你的曲线差了一个常数：它从 0 开始，而不是从曲线与 y 轴的交点开始。提示：把常数加到"
              "各段之和上。",
    },
    "checks.curve.sum_axis": {
        "en": "✗ One number per piece, where one number per x1 was expected: you added up over "
              "the x1 values instead of over the pieces. Hint: in a table with one row per x1 "
              "and one column per piece, sum each row (axis=1).",
        "zh": "✗ 你得到的是每段一个数，而预期是每个 x1 一个数：你是对 x1 求和，而不是对各段求和。"
              "提示：在每行一个 x1、每列一段的表里，对每一行求和（axis=1）。",
    },
    "checks.curve.soft": {
        "en": "✗ Your pieces are smooth sigmoids: this curve is made of hard sigmoids, with "
              "straight ramps. Hint: use `hard_sigmoid` from helpers.models.",
        "zh": "✗ 你用的是平滑的 S 型函数（sigmoid）：这条曲线由 Hard Sigmoid（直线斜坡）组成。"
              "提示：用 "
              "helpers.models 中的 `hard_sigmoid`。",
    },
    "checks.curve.hint": {
        "en": "make a table of c_i·hard_sigmoid(b_i + w_i·x1), one row per x1 and one column "
              "per piece, add up each row, then add the constant.",
        "zh": "列出一张 c_i·hard_sigmoid(b_i + w_i·x1) 的表，每行一个 x1、每列一段，把每一行加起来"
              "，"
              "再加上常数。",
    },
}
