"""Texts shown by helpers.frontend.widgets: controls' labels, captions, readouts, the figures' text.

Interactive controls are 交互控件 in Chinese (not 小部件). HTML tags stay in the texts where a
caption needs them; a Chinese text never holds `$` (see catalogue/plots.py).
"""

MESSAGES: dict[str, dict[str, str]] = {
    "widgets.note_controls": {
        "en": "Interactive figure: run the notebook to use its controls.",
        "zh": "交互图：运行本笔记本，就能使用它的交互控件。",
    },
    "widgets.note_sliders": {
        "en": "Interactive figure: run the notebook to move its sliders.",
        "zh": "交互图：运行本笔记本，就能拖动它的滑块。",
    },
    "widgets.kind": {
        "en": "kind must be 'hard' or 'sigmoid', got {kind!r}.",
        "zh": "`kind` 必须是 'hard' 或 'sigmoid'，现在是 {kind!r}。",
    },
    # TrainingMonitor
    "widgets.monitor_epochs": {
        "en": "epochs must be ≥ 1, got {epochs}.",
        "zh": "`epochs`（回合数）必须 ≥ 1，现在是 {epochs}。",
    },
    "widgets.epoch_of": {"en": "epoch {epoch}/{epochs}", "zh": "回合 {epoch}/{epochs}"},
    "widgets.epoch": {"en": "epoch", "zh": "回合"},
    "widgets.loss": {"en": "loss", "zh": "损失"},
    "widgets.monitor_title": {"en": "Loss while training", "zh": "训练中的损失"},
    "widgets.monitor_note": {
        "en": "Training monitor: a progress bar and a live loss curve (the picture shows the "
              "end of training).",
        "zh": "训练监视器：一个进度条和一条实时更新的损失曲线（图片显示的是训练结束时的样子）。",
    },
    # LearningRateExplorer
    "widgets.lr": {"en": "learning rate η", "zh": "学习率 η"},
    "widgets.steps": {"en": "steps", "zh": "步数"},
    "widgets.loss_by_step": {
        "en": "L by step ({loss}, log scale)",
        "zh": "L 随步数的变化（{loss}，对数刻度）",
    },
    "widgets.lr_title": {"en": "η = {lr:g}: {label}", "zh": "η = {lr:g}：{label}"},
    # sigmoid_explorer
    "widgets.x1_input": {"en": "x1 (input)", "zh": "x1（输入）"},
    "widgets.sigmoid": {"en": "sigmoid", "zh": "S 型函数"},
    "widgets.hard_like": {
        "en": "hard sigmoid\n(same c, midpoint\nand slope)",
        "zh": "Hard Sigmoid\n（c、中点和\n斜率都相同）",
    },
    "widgets.sigmoid_title": {
        "en": "The sigmoid (solid) and the hard sigmoid it stands for (dashed)",
        "zh": "S 型函数（实线）和它所代表的 Hard Sigmoid（虚线）",
    },
    "widgets.flat": {
        "en": "w = 0: a flat line, no midpoint",
        "zh": "w = 0：一条水平线，没有中点",
    },
    "widgets.midpoint": {
        "en": "midpoint x1 = −b/w = <b>{midpoint:.2f}</b>",
        "zh": "中点 x1 = −b/w = <b>{midpoint:.2f}</b>",
    },
    "widgets.sigmoid_readout": {
        "en": "height c = <b>{c:.1f}</b> &nbsp;·&nbsp; {place} &nbsp;·&nbsp; slope at the "
              "midpoint c·w/4 = <b>{slope:.2f}</b>",
        "zh": "高度 c = <b>{c:.1f}</b> &nbsp;·&nbsp; {place} &nbsp;·&nbsp; 中点处的斜率 "
              "c·w/4 = <b>{slope:.2f}</b>",
    },
    "widgets.sigmoid_caption": {
        "en": "<b>c</b>: the <b>height</b> the curve climbs to.<br><b>b</b>: <b>shifts</b> it "
              "left or right; the midpoint sits at x1 = −b/w.<br><b>w</b>: the <b>slope</b>; "
              "a large |w| makes it nearly a step, a negative w makes it fall instead of rise.",
        "zh": "<b>c</b>：曲线升到的<b>高度</b>。<br><b>b</b>：把曲线向左或向右<b>平移</b>；"
              "中点位于 x1 = −b/w。<br><b>w</b>：<b>斜率</b>；|w| 很大时曲线几乎是一个台阶，"
              "w 为负时曲线下降而不是上升。",
    },
    # piecewise_explorer
    "widgets.pieces_left": {"en": "the constant and the pieces", "zh": "常数和各段"},
    "widgets.pieces_right": {
        "en": "constant + pieces, one at a time",
        "zh": "常数 + 各段，一次加一段",
    },
    "widgets.constant": {"en": "constant", "zh": "常数"},
    "widgets.the_curve": {"en": "the curve", "zh": "曲线"},
    "widgets.piece": {"en": "piece {i}", "zh": "第 {i} 段"},
    "widgets.plus_piece": {"en": "+ piece {i}", "zh": "+ 第 {i} 段"},
    "widgets.bend_points": {"en": "bend points", "zh": "转折点"},
    "widgets.pieces_table": {
        "en": "<b>y = {constant:.2f} + Σ c·hard_sigmoid(b + w·x1)</b>: c = the piece's rise, "
              "w = 1 / its width, b = −w × where it starts.",
        "zh": "<b>y = {constant:.2f} + Σ c·hard_sigmoid(b + w·x1)</b>：c = 这一段升高的量，"
              "w = 1 / 它的宽度，b = −w × 它的起点。",
    },
    # approximation_explorer (kind "hard": pieces; kind "sigmoid": sigmoids)
    "widgets.approx_hard_slider": {"en": "pieces", "zh": "段数"},
    "widgets.approx_sigmoid_slider": {"en": "sigmoids", "zh": "S 型函数个数"},
    "widgets.approx_hard_left": {"en": "the pieces, each in its colour",
                                 "zh": "各段，每段一种颜色"},
    "widgets.approx_sigmoid_left": {
        "en": "the sigmoids, each in its colour",
        "zh": "各个 S 型函数，每个一种颜色",
    },
    "widgets.approx_hard_sum": {"en": "constant + Σ pieces", "zh": "常数 + Σ 各段"},
    "widgets.approx_sigmoid_sum": {"en": "constant + Σ sigmoids", "zh": "常数 + Σ S 型函数"},
    "widgets.approx_hard_title": {
        "en": "{k} pieces: mean absolute error {mae:.3f}{unit}",
        "zh": "{k} 段：平均绝对误差 {mae:.3f}{unit}",
    },
    "widgets.approx_sigmoid_title": {
        "en": "{k} sigmoids: mean absolute error {mae:.3f}{unit}",
        "zh": "{k} 个 S 型函数：平均绝对误差 {mae:.3f}{unit}",
    },
    "widgets.target": {"en": "target", "zh": "目标"},
    # relu_pair_explorer
    "widgets.c_height": {"en": "c (height)", "zh": "c（高度）"},
    "widgets.b_shift": {"en": "b (shift)", "zh": "b（平移）"},
    "widgets.w_slope": {"en": "w (slope)", "zh": "w（斜率）"},
    "widgets.relu_sum": {"en": "their sum: a hard sigmoid", "zh": "两者之和：一个 Hard Sigmoid"},
    # sigmoid_challenge
    "widgets.show_best": {"en": "show the best fit", "zh": "显示最好的拟合"},
    "widgets.hide_best": {"en": "hide the best fit", "zh": "隐藏最好的拟合"},
    "widgets.descend": {"en": "10 gradient steps", "zh": "梯度下降 10 步"},
    "widgets.your_fit": {"en": "your fit", "zh": "你的拟合"},
    "widgets.best_fit": {"en": "best fit (least squares)", "zh": "最好的拟合（最小二乘）"},
    "widgets.midpoints": {"en": "midpoints m", "zh": "中点 m"},
    "widgets.challenge_title": {
        "en": "Fit the target with {n} sigmoids: your score is above the picture",
        "zh": "用 {n} 个 S 型函数拟合目标：你的得分在图的上方",
    },
    "widgets.score_best": {
        "en": "<b>Your score: {mae:.3f}{unit}</b> &nbsp; Best fit for these midpoints: "
              "<b>{best:.3f}{unit}</b> with constant = {constant:.2f}, c = {heights} (least "
              "squares: it minimises the squared error, so your MAE may even beat it).",
        "zh": "<b>你的得分：{mae:.3f}{unit}</b> &nbsp; 这些中点下最好的拟合："
              "<b>{best:.3f}{unit}</b>，常数 = {constant:.2f}，c = {heights}（最小二乘："
              "它让平方误差最小，所以你的 MAE 甚至可能比它更小）。",
    },
    "widgets.score": {
        "en": "<b>Your score: {mae:.3f}{unit}</b> (mean absolute error to the target): drag "
              "the sliders to drive it down.",
        "zh": "<b>你的得分：{mae:.3f}{unit}</b>（与目标之间的平均绝对误差）：拖动滑块，让它变小。",
    },
    "widgets.challenge_caption": {
        "en": "Each sigmoid adds a smooth step of height <b>c</b> at its midpoint <b>m</b> (a "
              "step down if c &lt; 0). Set the constant to where the curve starts, then add "
              "steps from left to right. <i>show the best fit</i> solves the heights exactly; "
              "<i>10 gradient steps</i> lets the computer move all the sliders downhill, the "
              "way training does.",
        "zh": "每个 S 型函数在它的中点 <b>m</b> 处加上一个高度为 <b>c</b> 的平滑台阶（c &lt; 0 "
              "时是向下的台阶）。先把常数设为曲线起点的高度，再从左到右加上台阶。"
              "<i>显示最好的拟合</i> 直接解出各个高度；<i>梯度下降 10 步</i> 让计算机把所有滑块"
              "往下坡方向移动，就像训练那样。",
    },
}
