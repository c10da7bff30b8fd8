"""Texts of notebook 01's own figure code and printed results."""

MESSAGES: dict[str, dict[str, str]] = {
    "nb01.data": {
        "en": "{n} days, {first:%Y-%m-%d} to {last:%Y-%m-%d}; test year {year}",
        "zh": "{n} 天，{first:%Y-%m-%d} 到 {last:%Y-%m-%d}；测试年份 {year}",
    },
    "nb01.views_title": {
        "en": "Daily views: training data | test data ({year})",
        "zh": "每日观看次数：训练数据 | 测试数据（{year}）",
    },
    "nb01.year_title": {
        "en": "One year of daily views ({year}), weekends shaded",
        "zh": "一年的每日观看次数（{year}），阴影是周末",
    },
    "nb01.split": {
        "en": "{n_train} training days ({first:%Y-%m-%d} to {last:%Y-%m-%d}), {n_test} test "
              "days ({year})",
        "zh": "{n_train} 个训练日（{first:%Y-%m-%d} 到 {last:%Y-%m-%d}），{n_test} 个测试日"
              "（{year}）",
    },
    "nb01.x1_yesterday": {"en": "x1 (yesterday, k)", "zh": "x1（昨天，k）"},
    "nb01.label_k": {"en": "label ŷ (k)", "zh": "标签 ŷ (k)"},
    "nb01.three_days": {
        "en": "L over these 3 days: MAE = {mae:.3f}k, MSE = {mse:.3f} (k²)",
        "zh": "这 3 天上的 L：MAE = {mae:.3f}k，MSE = {mse:.3f} (k²)",
    },
    "nb01.all_days": {
        "en": "w = {w}, b = {b}k on all {n} training days: MAE = {mae:.3f}k, MSE = {mse:.3f}",
        "zh": "w = {w}，b = {b}k，在全部 {n} 个训练日上：MAE = {mae:.3f}k，MSE = {mse:.3f}",
    },
    "nb01.surface_title": {
        "en": "Error surface L(w, b), MAE on the training data",
        "zh": "误差表面 L(w, b)：训练数据上的 MAE",
    },
    "nb01.lowest": {
        "en": "lowest grid point: w = {w:.3f}, b = {b:.3f}k, L = {L:.3f}k",
        "zh": "网格上的最低点：w = {w:.3f}，b = {b:.3f}k，L = {L:.3f}k",
    },
    "nb01.stars": {
        "en": "the star (the lowest grid point): for the MAE at w = {w_mae:.3f}, b = "
              "{b_mae:.3f}k; for the MSE at w = {w_mse:.3f}, b = {b_mse:.3f}k",
        "zh": "星号（网格上的最低点）：MAE 的最低点在 w = {w_mae:.3f}，b = {b_mae:.3f}k；"
              "MSE 的最低点在 w = {w_mse:.3f}，b = {b_mse:.3f}k",
    },
    "nb01.timing": {
        "en": "{n:,} evaluations of L in {seconds:.2f} s: {rate:,.0f} evaluations per second",
        "zh": "计算了 {n:,} 次 L，用时 {seconds:.2f} s：每秒 {rate:,.0f} 次",
    },
    "nb01.seconds": {"en": "{s:.2g} s", "zh": "{s:.2g} 秒"},
    "nb01.years": {"en": "{years:,.0f} years", "zh": "{years:,.0f} 年"},
    "nb01.universes": {
        "en": "10^{power:.0f} ages of the universe",
        "zh": "宇宙年龄的 10^{power:.0f} 倍",
    },
    "nb01.model_1_day": {"en": "1 day: w, b", "zh": "1 天：w, b"},
    "nb01.model_7_days": {"en": "7 days (notebook 02)", "zh": "7 天（笔记本 02）"},
    "nb01.model_56_days": {"en": "56 days (notebook 02)", "zh": "56 天（笔记本 02）"},
    "nb01.model_relu": {
        "en": "56 days, 100 ReLU (notebook 06)",
        "zh": "56 天，100 个 ReLU（笔记本 06）",
    },
    "nb01.col_model": {"en": "model", "zh": "模型"},
    "nb01.col_parameters": {"en": "parameters", "zh": "参数个数"},
    "nb01.col_evaluations": {"en": "grid evaluations", "zh": "网格上的计算次数"},
    "nb01.col_time": {"en": "time", "zh": "所需时间"},
    "nb01.gradient": {
        "en": "gradient at (w0, b0) = ({w0}, {b0}): dL/dw = {dw:.3f}, dL/db = {db:.3f}",
        "zh": "(w0, b0) = ({w0}, {b0}) 处的梯度：dL/dw = {dw:.3f}，dL/db = {db:.3f}",
    },
    "nb01.one_step": {
        "en": "one step with η = {eta}: (w1, b1) = ({w1:.4f}, {b1:.4f})",
        "zh": "以 η = {eta} 走一步：(w1, b1) = ({w1:.4f}, {b1:.4f})",
    },
    "nb01.col_step": {"en": "step", "zh": "步数"},
    "nb01.descent_label": {"en": "gradient descent, η = {eta}", "zh": "梯度下降，η = {eta}"},
    "nb01.path_title": {
        "en": "The path of (w, b), {steps} steps",
        "zh": "(w, b) 的路径，{steps} 步",
    },
    "nb01.loss_title": {"en": "L (MAE) by step, log scale", "zh": "L (MAE) 随步数的变化，对数刻度"},
    "nb01.case": {"en": "η = {lr:g}: {what}", "zh": "η = {lr:g}：{what}"},
    "nb01.found": {
        "en": "gradient descent: w* = {w:.3f}, b* = {b:.3f}k;  exact minimum: w = {w_exact:.3f}, "
              "b = {b_exact:.3f}k",
        "zh": "梯度下降：w* = {w:.3f}，b* = {b:.3f}k；  精确的最小值：w = {w_exact:.3f}，"
              "b = {b_exact:.3f}k",
    },
    "nb01.ours": {"en": "ours", "zh": "我们的"},
    "nb01.book": {"en": "book", "zh": "书中"},
    "nb01.row_train": {"en": "L train (k)", "zh": "训练 L (k)"},
    "nb01.row_test_year": {
        "en": "L' test, all {year} (k)",
        "zh": "测试 L'，{year} 全年 (k)",
    },
    "nb01.row_test_weeks": {
        "en": "L' test, 1 Jan - 14 Feb {year} (k)",
        "zh": "测试 L'，{year} 年 1 月 1 日 - 2 月 14 日 (k)",
    },
    "nb01.truth": {"en": "truth (label ŷ)", "zh": "真实值（标签 ŷ）"},
    "nb01.prediction": {
        "en": "prediction y = {b:.2f} + {w:.2f}·x1",
        "zh": "预测 y = {b:.2f} + {w:.2f}·x1",
    },
    "nb01.first_weeks_title": {
        "en": "Test data, first weeks of {year}: prediction vs truth",
        "zh": "测试数据，{year} 年的头几周：预测与真实值",
    },
    "nb01.shifted": {
        "en": "prediction vs truth {lag} day(s) earlier: MAE = {mae:.3f}k",
        "zh": "预测与 {lag} 天前的真实值相比：MAE = {mae:.3f}k",
    },
    "nb01.closest": {
        "en": "The prediction is closest to the truth {lag} day(s) earlier.",
        "zh": "预测最接近 {lag} 天前的真实值。",
    },
    # --- the checker's messages for this notebook's exercises (exercises.py) ---------------
    "checks.mae.sum": {
        "en": "✗ Your `mae` is N times too large: it adds up the errors of the N days but does "
              "not divide by N. Hint: L is the mean of the errors; `np.mean` adds up and "
              "divides in one go.",
        "zh": "✗ 你的 `mae` 大了 N 倍：它把 N 天的误差加了起来，却没有除以 N。提示：L 是误差的平均"
              "值；"
              "`np.mean` 一步就完成求和与相除。",
    },
    "checks.mae.mse": {
        "en": "✗ Your `mae` computes the mean squared error (MSE): it squares each error. Hint: "
              "the MAE takes the absolute value of each error, |y - ŷ|, with `np.abs`.",
        "zh": "✗ 你的 `mae` 算的是均方误差（MSE）：它把每个误差都平方了。提示：MAE 取每个误差的"
              "绝对值 |y - ŷ|，用 `np.abs`。",
    },
    "checks.mae.rmse": {
        "en": "✗ Your `mae` computes the root of the mean squared error (RMSE): it squares "
              "each error, then takes a square root. Hint: the MAE takes the absolute value of "
              "each error, |y - ŷ|, with `np.abs`.",
        "zh": "✗ 你的 `mae` 算的是均方根误差（MSE 的平方根）：它先把每个误差平方，求平均，"
              "再开平方根。提示：MAE 取每个误差的绝对值 |y - ŷ|，用 `np.abs`。",
    },
    "checks.mae.no_abs": {
        "en": "✗ Your `mae` lets errors of opposite signs cancel: a day predicted too high and a "
              "day too low add up to almost nothing. Hint: take the absolute value of each "
              "day's error before the mean.",
        "zh": "✗ 你的 `mae` 让正负误差相互抵消了：一天预测偏高、一天偏低，加起来几乎为零。提示：先"
              "取"
              "每一天误差的绝对值，再求平均。",
    },
    "checks.mae.hint": {
        "en": "the error of one day is |y - ŷ| (the model's output minus the label), and L is "
              "the mean over all days.",
        "zh": "一天的误差是 |y - ŷ|（模型输出减去标签），L 是所有天的平均。",
    },
    "checks.mae_gradient.sign": {
        "en": "✗ Both partial derivatives have the wrong sign. Hint: ∂|y - ŷ|/∂y is +1 where "
              "the model's output y is above the label ŷ: sign(y - ŷ), output minus label.",
        "zh": "✗ 两个偏导数的符号都反了。提示：当模型输出 y 高于标签 ŷ 时，∂|y - ŷ|/∂y 为 +1，"
              "即 sign(y - ŷ)：输出减标签。",
    },
    "checks.mae_gradient.no_x": {
        "en": "✗ ∂L/∂w is the same as ∂L/∂b: x1 is missing from ∂L/∂w. Hint: by the chain rule "
              "∂e/∂w = ∂e/∂y · ∂y/∂w, and for y = b + w·x1, ∂y/∂w = x1.",
        "zh": "✗ ∂L/∂w 与 ∂L/∂b 一样：∂L/∂w 里漏掉了 x1。提示：根据链式法则 ∂e/∂w = ∂e/∂y · ∂y/∂w，"
              "而对 y = b + w·x1 来说 ∂y/∂w = x1。",
    },
    "checks.mae_gradient.mse": {
        "en": "✗ This is the gradient of the MSE: it grows with the size of the errors. Hint: "
              "the MAE's slope in y is only ±1 on each day, sign(y - ŷ), however large the error.",
        "zh": "✗ 这是 MSE 的梯度：它随误差的大小而增大。提示：MAE 对 y 的斜率每天只有 ±1，即 "
              "sign(y - ŷ)，与误差大小无关。",
    },
    "checks.mae_gradient.sum": {
        "en": "✗ Both values are N times too large: L is a mean over the N days, so its "
              "gradient is a mean too. Hint: use `np.mean`, not `np.sum`.",
        "zh": "✗ 两个值都大了 N 倍：L 是 N 天的平均，所以它的梯度也是平均。提示：用 `np.mean`，"
              "不要用 `np.sum`。",
    },
    "checks.mae_gradient.swapped": {
        "en": "✗ The two values are swapped: return ∂L/∂w first, then ∂L/∂b.",
        "zh": "✗ 两个值的顺序反了：先返回 ∂L/∂w，再返回 ∂L/∂b。",
    },
    "checks.mae_gradient.hint": {
        "en": "work day by day: the slope of |y - ŷ| in the model's output y, times the slope "
              "of y in w (or in b); then the mean over the days.",
        "zh": "逐天来看：|y - ŷ| 对模型输出 y 的斜率，乘以 y 对 w（或对 b）的斜率；再对所有天求平均"
              "。",
    },
    "checks.gd_step.uphill": {
        "en": "✗ Your step goes uphill: adding η·∂L/∂w makes the loss grow. Hint: the gradient "
              "points uphill; gradient descent steps against it (a minus sign).",
        "zh": "✗ 你这一步是往上坡走：加上 η·∂L/∂w 会让损失变大。提示：梯度指向上坡，梯度下降要逆着"
              "它走（用减号）。",
    },
    "checks.gd_step.no_eta": {
        "en": "✗ The learning rate is missing: your step is the whole gradient. Hint: the step "
              "is η times the gradient; η sets how far to go.",
        "zh": "✗ 少了学习率：你这一步走了整个梯度那么远。提示：步长是 η 乘以梯度，η 决定走多远。",
    },
    "checks.gd_step.step_only": {
        "en": "✗ You returned the step, not the new parameters. Hint: start from where you are, "
              "w and b, and take the step from there.",
        "zh": "✗ 你返回的是这一步的步长，而不是更新后的参数。提示：从当前的 w 和 b 出发，再走这一步"
              "。",
    },
    "checks.gd_step.mixed": {
        "en": "✗ The partial derivatives are mixed up: w moved by ∂L/∂b and b by ∂L/∂w. Hint: "
              "each parameter moves against its own partial derivative.",
        "zh": "✗ 偏导数用混了：w 按 ∂L/∂b 移动，b 按 ∂L/∂w 移动。提示：每个参数都要逆着它自己的"
              "偏导数移动。",
    },
    "checks.gd_step.one_gradient": {
        "en": "✗ Both parameters moved by the same partial derivative. Hint: w moves against "
              "∂L/∂w, b against ∂L/∂b.",
        "zh": "✗ 两个参数都按同一个偏导数移动了。提示：w 逆着 ∂L/∂w 移动，b 逆着 ∂L/∂b 移动。",
    },
    "checks.gd_step.hint": {
        "en": "each parameter moves against its own partial derivative, by η times it.",
        "zh": "每个参数都逆着它自己的偏导数移动，步长是偏导数的 η 倍。",
    },
}
