"""Texts shown by helpers/checks.py and helpers/exercises.py: the checked exercises.

Generic verdicts (`checks.correct`, `checks.shape`, ...) take the fields the checker fills in;
`{what}` is `checks.what.result` or `checks.what.part`. Each exercise's own texts are
`checks.<exercise>.<slip>` (a symptom and a hint, never the answer) and `checks.<exercise>.hint`.
"""

MESSAGES: dict[str, dict[str, str]] = {
    # --- verdicts ---------------------------------------------------------------------------
    "checks.correct": {
        "en": "✓ Correct: `{name}` gives the expected result in all {cases} test cases.",
        "zh": "✓ 正确：`{name}` 在全部 {cases} 个测试用例中都给出了预期的结果。",
    },
    "checks.not_done": {
        "en": "○ Not done yet: `{name}` still returns {got}. Write its body in the cell above, "
              "run that cell, then run this check again.",
        "zh": "○ 还没有完成：`{name}` 仍然返回 {got}。请在上面的单元格里写好函数体，运行那个单元格"
              "，"
              "再运行这个检查。",
    },
    "checks.not_callable": {
        "en": "✗ check needs the function itself, but got {got}: write "
              "check(\"{exercise}\", {name}), without () after {name}.",
        "zh": "✗ `check` 需要的是函数本身，这里收到的却是 {got}：请写成 "
              "check(\"{exercise}\", {name})，{name} 后面不要加 ()。",
    },
    "checks.unknown": {
        "en": "no exercise {exercise!r}: the exercises are {names}.",
        "zh": "没有名为 {exercise!r} 的练习：现有的练习是 {names}。",
    },
    "checks.signature": {
        "en": "✗ `{name}` cannot be called the way the exercise defines it ({detail}). Keep the "
              "stub's first line, its name and arguments, as it was.",
        "zh": "✗ 无法按练习规定的方式调用 `{name}`（{detail}）。请让函数的第一行（函数名和参数）"
              "保持原样。",
    },
    "checks.raised": {
        "en": "✗ Your `{name}` raised {error} on line {line} of its cell, `{code}`: {detail}.",
        "zh": "✗ 你的 `{name}` 在其单元格第 {line} 行 `{code}` 处出错，{error}：{detail}。",
    },
    "checks.raised_nowhere": {
        "en": "✗ Calling your `{name}` raised {error}: {detail}.",
        "zh": "✗ 调用你的 `{name}` 时出错，{error}：{detail}。",
    },
    "checks.hint": {
        "en": "Hint: {hint}",
        "zh": "提示：{hint}",
    },
    "checks.what.result": {
        "en": "The result of `{name}`",
        "zh": "`{name}` 的结果",
    },
    "checks.what.part": {
        "en": "Value {index} of `{name}` ({part})",
        "zh": "`{name}` 的第 {index} 个返回值（{part}）",
    },
    "checks.count": {
        "en": "✗ `{name}` returned {got} value(s) where {expected} were expected ({parts}): "
              "return them together, e.g. `return a, b`.",
        "zh": "✗ `{name}` 返回了 {got} 个值，而预期是 {expected} 个（{parts}）：请一起返回，"
              "例如 `return a, b`。",
    },
    "checks.type": {
        "en": "✗ {what} is {got}, where a number or an array of numbers was expected.",
        "zh": "✗ {what}是 {got}，而预期是一个数或一个数组。",
    },
    "checks.type_name": {
        "en": "✗ {what} is {got}, where a name (a string, in quotes) was expected.",
        "zh": "✗ {what}是 {got}，而预期是一个名字（带引号的字符串）。",
    },
    "checks.other_name": {
        "en": "✗ {what} is {got}: not the one expected.",
        "zh": "✗ {what}是 {got}：不是预期的那一个。",
    },
    "checks.has_none": {
        "en": "✗ {what} contains None: a function it calls (one of your earlier exercises?) "
              "does not return anything yet.",
        "zh": "✗ {what}中含有 None：它调用的某个函数（也许是你前面的某个练习？）还没有返回值。",
    },
    "checks.shape": {
        "en": "✗ {what} has shape {got} where {expected} was expected.",
        "zh": "✗ {what}的形状是 {got}，而预期是 {expected}。",
    },
    "checks.not_reduced": {
        "en": "✗ {what} is an array of shape {got} where one number was expected.",
        "zh": "✗ {what}是形状为 {got} 的数组，而预期是一个数。",
    },
    "checks.scalar": {
        "en": "✗ {what} is one number where an array of shape {expected} was expected.",
        "zh": "✗ {what}是一个数，而预期是形状为 {expected} 的数组。",
    },
    "checks.transposed_shape": {
        "en": "✗ {what} has shape {got} where {expected} was expected: its rows and columns are "
              "swapped. Hint: a transpose `.T` too many or too few, or the two factors of `@` "
              "in the wrong order.",
        "zh": "✗ {what}的形状是 {got}，而预期是 {expected}：行和列对调了。提示：多了或少了一次转置 "
              "`.T`，或者 `@` 两边的因子顺序反了。",
    },
    "checks.extra_axis": {
        "en": "✗ {what} has shape {got} where {expected} was expected: the same numbers with an "
              "extra axis of length 1. Hint: use 1-d vectors (shape (m,), not (m, 1)), or end "
              "with `.ravel()`.",
        "zh": "✗ {what}的形状是 {got}，而预期是 {expected}：数字一样，却多了一个长度为 1 的维度。"
              "提示：用一维向量（形状 (m,) 而不是 (m, 1)），或在最后加上 `.ravel()`。",
    },
    "checks.nan": {
        "en": "✗ {what} contains NaN or infinite values.",
        "zh": "✗ {what}中含有 NaN 或无穷大。",
    },
    "checks.sign": {
        "en": "✗ {what} has the right size but the wrong sign.",
        "zh": "✗ {what}的大小对了，但符号反了。",
    },
    "checks.transposed": {
        "en": "✗ {what} is the transpose of the expected array: rows and columns are swapped.",
        "zh": "✗ {what}是预期数组的转置：行和列对调了。",
    },
    "checks.factor_n": {
        "en": "✗ {what} is N times too large (N = {n} in the first test case, the number of "
              "examples): a sum where a mean was expected?",
        "zh": "✗ {what}大了 N 倍（第一个测试用例中 N = {n}，即样本数）：是不是该求平均的地方求了和"
              "？",
    },
    "checks.factor_1_n": {
        "en": "✗ {what} is N times too small (N = {n} in the first test case, the number of "
              "examples): divided by N once too often?",
        "zh": "✗ {what}小了 N 倍（第一个测试用例中 N = {n}，即样本数）：是不是多除了一次 N？",
    },
    "checks.factor": {
        "en": "✗ {what} is off by a constant factor: it is {factor} times the expected value.",
        "zh": "✗ {what}差了一个常数倍：它是预期值的 {factor} 倍。",
    },
    "checks.offset": {
        "en": "✗ {what} is off by the same amount everywhere: a constant term is missing, or "
              "one too many.",
        "zh": "✗ {what}处处都差了同一个量：少了一个常数项，或者多了一个。",
    },
    "checks.values": {
        "en": "✗ {what} has the right shape but other values than expected.",
        "zh": "✗ {what}的形状对了，但数值与预期不同。",
    },
    # --- hints for errors raised in the learner's code ---------------------------------------
    "checks.hint.ambiguous": {
        "en": "Python's `max`, `if`, `and` and `or` look at one number at a time; for arrays use "
              "`np.maximum`, `np.where` or `&`, which work element by element.",
        "zh": "Python 的 `max`、`if`、`and` 和 `or` 一次只看一个数；对数组请用逐元素计算的 "
              "`np.maximum`、`np.where` 或 `&`。",
    },
    "checks.hint.broadcast": {
        "en": "the arrays of one operation must have shapes numpy can line up: print the "
              "`.shape` of each; a column `a[:, None]` against a row makes a table.",
        "zh": "同一个运算里的数组，形状必须能被 numpy 对齐（广播）：打印每个数组的 `.shape` 看看；"
              "列向量 `a[:, None]` 与行向量相遇会得到一张表。",
    },
    "checks.hint.matmul": {
        "en": "`A @ B` needs the last size of A to equal the first size of B: print both shapes; "
              "`.T` swaps rows and columns.",
        "zh": "`A @ B` 要求 A 的最后一维与 B 的第一维大小相同：打印两者的形状；`.T` 会交换行和列。",
    },
    "checks.hint.unpack": {
        "en": "`a, b, c = M` unpacks the rows of M; to take its columns, unpack `M.T`.",
        "zh": "`a, b, c = M` 拆开的是 M 的行；要取它的列，请拆 `M.T`。",
    },
    "checks.hint.none": {
        "en": "something on that line is None: a function you call there may not return "
              "anything yet.",
        "zh": "这一行里有东西是 None：你在这里调用的某个函数可能还没有返回值。",
    },
    "checks.hint.name": {
        "en": "a name on that line is not defined: check its spelling (the arguments are named "
              "in the function's first line), or run the cell that defines it first.",
        "zh": "这一行用到的某个名字没有定义：检查拼写（参数的名字见函数的第一行），或者先运行定义它"
              "的"
              "单元格。",
    },
    "checks.hint.index": {
        "en": "an index is outside the array: an array of n values has the indices 0 … n-1, and "
              "`a[i:j]` stops just before j.",
        "zh": "索引超出了数组的范围：有 n 个元素的数组，索引是 0 … n-1，而 `a[i:j]` 在 j 之前就停止"
              "。",
    },
    "checks.hint.zero": {
        "en": "a division by zero: check what you divide by.",
        "zh": "出现了除以零：检查一下除数。",
    },
    "checks.hint.raised": {
        "en": "try your function on a small example in a new cell, fix that line, then run the "
              "check again.",
        "zh": "在新的单元格里用一个小例子试试你的函数，改好那一行，再运行检查。",
    },
    # --- 01: mae ----------------------------------------------------------------------------
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
    # --- 01: mae_gradient --------------------------------------------------------------------
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
    # --- 01: gd_step -------------------------------------------------------------------------
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
    "checks.gd_step.hint": {
        "en": "each parameter moves against its own partial derivative, by η times it.",
        "zh": "每个参数都逆着它自己的偏导数移动，步长是偏导数的 η 倍。",
    },
    # --- 02: window --------------------------------------------------------------------------
    "checks.window.date_order": {
        "en": "✗ The right days, in the wrong order: x1 must be yesterday, the day just before "
              "t, and come first. Hint: reverse the slice with [::-1].",
        "zh": "✗ 天数选对了，顺序反了：x1 必须是前一天（紧挨着第 t 天的那一天），并且排在最前面。"
              "提示：用 [::-1] 把切片反过来。",
    },
    "checks.window.includes_target": {
        "en": "✗ Your window contains day t itself: the day to predict, whose views are the "
              "label. The model would see the answer. Hint: the window ends with day t-1; "
              "`views[i:j]` stops just before j.",
        "zh": "✗ 你的窗口包含了第 t 天本身：那是要预测的一天，它的观看次数就是标签，模型等于看到了"
              "答案。提示：窗口到第 t-1 天为止；`views[i:j]` 在 j 之前就停止。",
    },
    "checks.window.one_early": {
        "en": "✗ Your window is one day early: it starts at day t-k-1 and misses yesterday, day "
              "t-1. Hint: `views[i:j]` holds the days i … j-1.",
        "zh": "✗ 你的窗口早了一天：它从第 t-k-1 天开始，漏掉了前一天（第 t-1 天）。提示："
              "`views[i:j]` 包含第 i … j-1 天。",
    },
    "checks.window.future": {
        "en": "✗ Your window holds days after t, which are not known yet when day t is "
              "predicted. Hint: the features are the k days before t.",
        "zh": "✗ 你的窗口取的是第 t 天之后的日子，而在预测第 t 天时它们还是未知的。提示：特征是第 t"
              " 天"
              "之前的 k 天。",
    },
    "checks.window.negative_stop": {
        "en": "✗ Right for most days, but for t = k (the first window) the result is empty: the "
              "stop index t-k-1 = -1 counts from the end of the array. Hint: slice forwards, "
              "then reverse with [::-1].",
        "zh": "✗ 大多数天都对，但当 t = k（第一个窗口）时结果是空的：终止索引 t-k-1 = -1 是从数组"
              "末尾倒着数的。提示：先正向切片，再用 [::-1] 反转。",
    },
    "checks.window.hint": {
        "en": "`views[i:j]` holds the days i … j-1: choose i and j so that it holds the k days "
              "before t, then put yesterday first.",
        "zh": "`views[i:j]` 包含第 i … j-1 天：选好 i 和 j，让切片恰好是第 t 天之前的 k 天，"
              "再把前一天放在最前面。",
    },
    # --- 02: features ------------------------------------------------------------------------
    "checks.features.date_order": {
        "en": "✗ The columns of X are in date order: x1 (yesterday) must be the first column. "
              "Hint: build each row with your `window`, which puts yesterday first.",
        "zh": "✗ X 的列是按日期顺序排的：第一列必须是 x1（前一天）。提示：用你写的 `window` 生成"
              "每一行，它会把前一天放在最前面。",
    },
    "checks.features.y_is_x1": {
        "en": "✗ y is one day early: y[i] is the last day of row i's window (its x1), not the "
              "day after it. Hint: the label of the window of day t is the views of day t.",
        "zh": "✗ y 早了一天：y[i] 是第 i 行窗口的最后一天（也就是它的 x1），而不是窗口之后的那一天"
              "。"
              "提示：第 t 天的窗口，其标签是第 t 天的观看次数。",
    },
    "checks.features.extra_row": {
        "en": "✗ X has one row more than y: the last window belongs to the day after the data "
              "end, which has no label. Hint: t runs from k to the last day of the data "
              "(`range` stops before its end).",
        "zh": "✗ X 比 y 多了一行：最后一个窗口属于数据结束之后的那一天，它没有标签。提示：t 从 k "
              "取到数据的最后一天（`range` 在终点之前就停止）。",
    },
    "checks.features.hint": {
        "en": "row i of X is the window of day t = k + i, and y[i] is the views of that day t.",
        "zh": "X 的第 i 行是第 t = k + i 天的窗口，y[i] 是这一天（第 t 天）的观看次数。",
    },
    # --- 03: piece ---------------------------------------------------------------------------
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
    # --- 03: curve ---------------------------------------------------------------------------
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
    # --- 04: sigmoid_sum ---------------------------------------------------------------------
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
    # --- 04: sigmoid_slope -------------------------------------------------------------------
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
    # --- 04: hard_sigmoid_relu ---------------------------------------------------------------
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
    # --- 05: forward -------------------------------------------------------------------------
    "checks.forward.no_bias": {
        "en": "✗ The units' biases are missing: r = b + W·x. Hint: add the vector b to every row "
              "of X @ W.T.",
        "zh": "✗ 漏掉了神经元的偏置：r = b + W·x。提示：把向量 b 加到 X @ W.T 的每一行上。",
    },
    "checks.forward.no_activation": {
        "en": "✗ The activation is missing: without σ the network is a linear model. Hint: "
              "a = σ(r) before the output.",
        "zh": "✗ 漏掉了激活函数：没有 σ，这个网络就只是一个线性模型。提示：在输出之前先算 a = σ(r)"
              "。",
    },
    "checks.forward.no_c": {
        "en": "✗ The units' outputs are added up without their weights c. Hint: y = b + cᵀ·a: "
              "each unit's a_i times its own c_i.",
        "zh": "✗ 神经元的输出被直接相加，没有乘以权重 c。提示：y = b + cᵀ·a：每个神经元的 a_i 乘以"
              "它自己的 c_i。",
    },
    "checks.forward.no_b_out": {
        "en": "✗ Your outputs are off by the same amount: the output's bias b_out is missing. "
              "Hint: y = b + cᵀ·a ends with + b_out.",
        "zh": "✗ 你的输出处处差了同一个量：漏掉了输出的偏置 b_out。提示：y = b + cᵀ·a，最后还要"
              "加上 b_out。",
    },
    "checks.forward.hint": {
        "en": "follow the three lines of the table above, for all days at once: each day is a "
              "row of X, so W·x becomes X @ W.T.",
        "zh": "按上表的三行，一次算出所有天：每一天是 X 的一行，所以 W·x 就写成 X @ W.T。",
    },
    # --- 05: one_neuron ----------------------------------------------------------------------
    "checks.one_neuron.no_slope": {
        "en": "✗ The sigmoid's slope is missing: going back through a = σ(r) multiplies by "
              "σ'(r). Hint: every step backwards multiplies by the slope of that step.",
        "zh": "✗ 漏掉了 Sigmoid 的斜率：反向经过 a = σ(r) 时要乘以 σ'(r)。提示：每往回走一步，都要"
              "乘以这一步的斜率。",
    },
    "checks.one_neuron.slope_of_r": {
        "en": "✗ The sigmoid's slope is written with r: σ'(r) = σ(r)·(1 - σ(r)) is a formula in "
              "a = σ(r), not in r. Hint: use the a you computed going forward.",
        "zh": "✗ Sigmoid 的斜率用 r 来写了：σ'(r) = σ(r)·(1 - σ(r)) 是关于 a = σ(r) 的式子，不是"
              "关于 r 的。提示：用前向计算时得到的 a。",
    },
    "checks.one_neuron.no_x": {
        "en": "✗ ∂e/∂w equals ∂e/∂b: x is missing. Hint: r = b + w·x, so ∂r/∂w = x and "
              "∂r/∂b = 1.",
        "zh": "✗ ∂e/∂w 与 ∂e/∂b 相等：漏掉了 x。提示：r = b + w·x，所以 ∂r/∂w = x，∂r/∂b = 1。",
    },
    "checks.one_neuron.sign": {
        "en": "✗ All four values have the wrong sign. Hint: ∂|y - ŷ|/∂y = sign(y - ŷ): output "
              "minus label.",
        "zh": "✗ 四个值的符号都反了。提示：∂|y - ŷ|/∂y = sign(y - ŷ)：输出减标签。",
    },
    "checks.one_neuron.hint": {
        "en": "go backwards one step at a time from ∂e/∂y: through y = b_out + c·a, then "
              "a = σ(r), then r = b + w·x; each step multiplies by its own local slope.",
        "zh": "从 ∂e/∂y 开始一步一步往回走：先经过 y = b_out + c·a，再经过 a = σ(r)，最后经过 "
              "r = b + w·x；每一步都乘以这一步自己的局部斜率。",
    },
    # --- 05: layer_backward ------------------------------------------------------------------
    "checks.layer_backward.dW_T": {
        "en": "✗ ∂L/∂W has the shape of Wᵀ, (d, m), where W's shape (m, d) was expected. Hint: "
              "a gradient always has the shape of its parameter.",
        "zh": "✗ ∂L/∂W 的形状是 Wᵀ 的 (d, m)，而预期是 W 的形状 (m, d)。提示：梯度的形状总是与它"
              "对应的参数相同。",
    },
    "checks.layer_backward.db_axis": {
        "en": "✗ ∂L/∂b has one value per day, where one per unit was expected: you summed over "
              "the units. Hint: add up the contributions of the days, axis=0 (down the rows).",
        "zh": "✗ ∂L/∂b 每天一个值，而预期是每个神经元一个值：你是对神经元求和的。提示：把各天的贡献"
              "加起来，用 axis=0（沿着行往下加）。",
    },
    "checks.layer_backward.db_mean": {
        "en": "✗ ∂L/∂b is N times too small: the 1/N of the mean is already inside dR (it came "
              "from ∂L/∂y). Hint: add up the days' contributions, do not average them again.",
        "zh": "✗ ∂L/∂b 小了 N 倍：平均值里的 1/N 已经包含在 `dR` 中了（它来自 ∂L/∂y）。"
              "提示：把各天的"
              "贡献加起来，不要再求一次平均。",
    },
    "checks.layer_backward.hint": {
        "en": "each gradient has the shape of what it is the gradient of: ∂L/∂W like W (m, d), "
              "∂L/∂b like b (m,), ∂L/∂A_in like A_in (n_days, d); the days' contributions are "
              "added up.",
        "zh": "每个梯度的形状都与它对应的量相同：∂L/∂W 与 W 一样是 (m, d)，∂L/∂b 与 b 一样是 (m,)，"
              "∂L/∂A_in 与 A_in 一样是 (n_days, d)；各天的贡献要加起来。",
    },
    # --- 06: choose --------------------------------------------------------------------------
    "checks.choose.test": {
        "en": "✗ You chose by the test data. The test data must not be used to choose anything, "
              "or its error is no longer an honest estimate. Hint: choose on the validation "
              "data (`val`).",
        "zh": "✗ 你是按测试数据选的。测试数据不能用来做任何选择，否则它的误差就不再是诚实的估计。"
              "提示：在验证集（`val`）上选。",
    },
    "checks.choose.train": {
        "en": "✗ You chose by the training error: it keeps falling as models grow and says "
              "nothing about new days (overfitting). Hint: choose on the validation data (`val`).",
        "zh": "✗ 你是按训练误差选的：模型越大，训练误差越低，但它说明不了模型在新的日子上表现如何"
              "（过拟合）。提示：在验证集（`val`）上选。",
    },
    "checks.choose.max": {
        "en": "✗ You chose the model with the highest validation error. Hint: lower is better.",
        "zh": "✗ 你选的是验证误差最高的模型。提示：误差越低越好。",
    },
    "checks.choose.one_run": {
        "en": "✗ You chose the single luckiest run, not the best model: one seed can be lucky. "
              "Hint: first average each model's validation error over its seeds.",
        "zh": "✗ 你选的是运气最好的那一次训练，而不是最好的模型：某一个随机种子可能只是碰巧好。"
              "提示：先把每个模型在各个种子上的验证误差求平均。",
    },
    "checks.choose.hint": {
        "en": "average each model's validation error over its seeds, then compare the models.",
        "zh": "先对每个模型在各个种子上的验证误差求平均，再比较各个模型。",
    },
    # --- 06: best_epoch ----------------------------------------------------------------------
    "checks.best_epoch.index": {
        "en": "✗ You returned a position in the list, not an epoch: the errors were measured "
              "only every few epochs. Hint: read the epoch at that position in `epochs`.",
        "zh": "✗ 你返回的是在列表中的位置，而不是回合数：误差是每隔几个回合才测一次的。提示：到 "
              "`epochs` 中读出那个位置上的回合数。",
    },
    "checks.best_epoch.train": {
        "en": "✗ You used the training curve: it keeps falling, even while the model "
              "overfits. Hint: early stopping looks at the validation curve.",
        "zh": "✗ 你用的是训练曲线：即使模型已经过拟合，它也会一直下降。提示：早停看的是验证曲线。",
    },
    "checks.best_epoch.last": {
        "en": "✗ You returned the last epoch: training longer is not always better. Hint: find "
              "where the validation error is lowest.",
        "zh": "✗ 你返回的是最后一个回合：训练得越久并不总是越好。提示：找出验证误差最低的地方。",
    },
    "checks.best_epoch.max": {
        "en": "✗ You returned the epoch with the highest validation error. Hint: lower is better.",
        "zh": "✗ 你返回的是验证误差最高的回合。提示：误差越低越好。",
    },
    "checks.best_epoch.value": {
        "en": "✗ You returned the lowest validation error itself, not the epoch at which it "
              "was reached. Hint: `np.argmin` gives its position.",
        "zh": "✗ 你返回的是最低的验证误差本身，而不是达到它的那个回合。提示：`np.argmin` 给出它的位"
              "置。",
    },
    "checks.best_epoch.hint": {
        "en": "find the position of the lowest validation error, then read the epoch at that "
              "position.",
        "zh": "找出验证误差最低的位置，再读出那个位置上的回合数。",
    },
}
