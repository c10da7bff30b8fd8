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
}
