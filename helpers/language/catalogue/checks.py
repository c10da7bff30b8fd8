"""Texts of the exercise checker (helpers/course/checks.py) shared by every exercise.

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
}
