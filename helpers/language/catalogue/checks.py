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
        "en": "✗ `{name}` returned {form} where {expected} values were expected ({parts}): "
              "return them together, e.g. `return a, b`.",
        "zh": "✗ `{name}` 返回了{form}，而预期是 {expected} 个值（{parts}）：请一起返回，"
              "例如 `return a, b`。",
    },
    "checks.form.number": {"en": "one number", "zh": "一个数"},
    "checks.form.array": {"en": "one array of shape {shape}", "zh": "一个形状为 {shape} 的数组"},
    "checks.form.tuple": {"en": "a tuple of {n} values", "zh": "一个含 {n} 个值的元组"},
    "checks.form.list": {"en": "a list of {n} values", "zh": "一个含 {n} 个值的列表"},
    "checks.form.other": {"en": "one {kind}", "zh": "一个 {kind}"},
    "checks.mutated": {
        "en": "✗ Your `{name}` changed `{arg}` in place ({where}): the caller's data is "
              "overwritten, and whatever uses `{arg}` next sees other numbers. Copy it first "
              "(`{arg} = {arg}.copy()`), or compute a new array instead of assigning into "
              "`{arg}`, using `-=`, `+=`, `.sort()` or `inplace=True` on it.",
        "zh": "✗ 你的 `{name}` 原地修改了 `{arg}`（{where}）：调用者的数据被覆盖了，之后用到 "
              "`{arg}` 的代码看到的是另一些数。请先复制一份（`{arg} = {arg}.copy()`），或者算出"
              "一个新数组，而不是给 `{arg}` 的元素赋值，或对它用 `-=`、`+=`、`.sort()`、"
              "`inplace=True`。",
    },
    "checks.where.position": {"en": "position {position}", "zh": "位置 {position}"},
    "checks.where.cell": {"en": "row {row}, column `{column}`",
                          "zh": "第 {row} 行，`{column}` 列"},
    "checks.where.size": {"en": "its shape went from {before} to {after}",
                          "zh": "它的形状从 {before} 变成了 {after}"},
    "checks.printed": {
        "en": "✗ `{name}` printed its result but returned None: you printed the result; "
              "`return` it (the check, and any code that calls `{name}`, only sees what it "
              "returns).",
        "zh": "✗ `{name}` 打印了结果，返回的却是 None：你把结果打印了出来；请用 `return` 返回它"
              "（检查以及调用 `{name}` 的代码只能看到它返回的值）。",
    },
    "checks.no_return": {
        "en": "✗ `{name}` returns None, although its body computes something: its last line "
              "needs a `return` of the result.",
        "zh": "✗ `{name}` 的函数体算了些东西，返回的却是 None：最后一行需要用 `return` 返回结果。",
    },
    "checks.swapped": {
        "en": "✗ Values {i} and {j} of `{name}` ({a} and {b}) are each in the other's place: "
              "check the order in your `return`.",
        "zh": "✗ `{name}` 的第 {i} 个和第 {j} 个返回值（{a} 和 {b}）互换了位置：检查 `return` "
              "里的顺序。",
    },
    "checks.overflow": {
        "en": "✗ {what} is NaN or infinite in test case {case}, whose inputs are large: numpy "
              "overflowed there (a number beyond about 1.8e308, as `np.exp(z)` is for "
              "z > 709). Write it so that no exponential of a large number is taken.",
        "zh": "✗ {what}在第 {case} 个测试用例中是 NaN 或无穷大，这个用例的输入很大：numpy 在那里"
              "溢出了（超过约 1.8e308 的数，例如 z > 709 时的 `np.exp(z)`）。请换一种写法，"
              "不去计算大数的指数。",
    },
    "checks.squared": {
        "en": "✗ {what} is the square of the expected value everywhere: look for a `** 2` (or a "
              "value multiplied by itself) too many.",
        "zh": "✗ {what}处处都是预期值的平方：找一找是不是多了一个 `** 2`（或一个数乘了它自己）。",
    },
    "checks.rooted": {
        "en": "✗ {what} is the square root of the expected value everywhere: look for a "
              "`np.sqrt` too many, or a square missing.",
        "zh": "✗ {what}处处都是预期值的平方根：找一找是不是多了一个 `np.sqrt`，或者少了一个平方。",
    },
    "checks.reversed": {
        "en": "✗ {what} holds the expected values in reverse order: check the order the "
              "exercise asks for, and whether a `[::-1]` is missing or one too many.",
        "zh": "✗ {what}里的数值顺序正好反了：看看练习要求的顺序，以及是不是少了"
              "或多了一个 `[::-1]`。",
    },
    "checks.shifted_late": {
        "en": "✗ {what} is shifted by one position: position i holds the value expected at "
              "i - 1. Check where your slice or range starts and stops (`a[i:j]` stops just "
              "before j).",
        "zh": "✗ {what}错开了一个位置：第 i 个位置上是预期第 i - 1 个位置的值。检查切片或 "
              "`range` 从哪里开始、到哪里停止（`a[i:j]` 在 j 之前就停止）。",
    },
    "checks.shifted_early": {
        "en": "✗ {what} is shifted by one position: position i holds the value expected at "
              "i + 1. Check where your slice or range starts and stops (`a[i:j]` stops just "
              "before j).",
        "zh": "✗ {what}错开了一个位置：第 i 个位置上是预期第 i + 1 个位置的值。检查切片或 "
              "`range` 从哪里开始、到哪里停止（`a[i:j]` 在 j 之前就停止）。",
    },
    "checks.off_by_one": {
        "en": "✗ {what} is off by one ({delta}) in every test case: a position counted from 1 "
              "instead of 0, or a `+ 1` or `- 1` too many?",
        "zh": "✗ {what}在每个测试用例中都差了 1（{delta}）：是不是把位置从 1 而不是从 0 数起，"
              "或者多了一个 `+ 1` 或 `- 1`？",
    },
    "checks.partly": {
        "en": "✗ {what} agrees with the expected values in {share} of the places, not in all: "
              "the first difference is at position {position} of test case {case}. Try your "
              "code on the inputs around there.",
        "zh": "✗ {what}只在 {share} 的位置上与预期一致：第一个不同之处在第 {case} 个测试用例的"
              "位置 {position}。用那附近的输入试试你的代码。",
    },
    "checks.one_extra_end": {
        "en": "✗ {what} has shape {got} where {expected} was expected: one element too many, "
              "at the end. Check where your slice or range stops (`a[i:j]` and "
              "`range(i, j)` stop just before j).",
        "zh": "✗ {what}是形状为 {got} 的数组，而预期形状是 {expected}：末尾多了一个元素。"
              "检查切片或 `range` 在哪里停止（`a[i:j]` 和 `range(i, j)` 在 j 之前就停止）。",
    },
    "checks.one_extra_start": {
        "en": "✗ {what} has shape {got} where {expected} was expected: one element too many, "
              "at the start. Check where your slice or range starts.",
        "zh": "✗ {what}是形状为 {got} 的数组，而预期形状是 {expected}：开头多了一个元素。"
              "检查切片或 `range` 从哪里开始。",
    },
    "checks.one_extra": {
        "en": "✗ {what} has shape {got} where {expected} was expected: one element too many. "
              "Check where your slice or range starts and stops.",
        "zh": "✗ {what}是形状为 {got} 的数组，而预期形状是 {expected}：多了一个元素。"
              "检查切片或 `range` 从哪里开始、到哪里停止。",
    },
    "checks.one_short_end": {
        "en": "✗ {what} has shape {got} where {expected} was expected: one element too few, "
              "the last one is missing. Check where your slice or range stops (`a[i:j]` and "
              "`range(i, j)` stop just before j).",
        "zh": "✗ {what}是形状为 {got} 的数组，而预期形状是 {expected}：少了最后一个元素。"
              "检查切片或 `range` 在哪里停止（`a[i:j]` 和 `range(i, j)` 在 j 之前就停止）。",
    },
    "checks.one_short_start": {
        "en": "✗ {what} has shape {got} where {expected} was expected: one element too few, "
              "the first one is missing. Check where your slice or range starts.",
        "zh": "✗ {what}是形状为 {got} 的数组，而预期形状是 {expected}：少了第一个元素。"
              "检查切片或 `range` 从哪里开始。",
    },
    "checks.one_short": {
        "en": "✗ {what} has shape {got} where {expected} was expected: one element too few. "
              "Check where your slice or range starts and stops.",
        "zh": "✗ {what}是形状为 {got} 的数组，而预期形状是 {expected}：少了一个元素。"
              "检查切片或 `range` 从哪里开始、到哪里停止。",
    },
    "checks.values_number": {
        "en": "✗ {what} is a number, as expected, but not the expected one.",
        "zh": "✗ {what}是一个数，这没错，但不是预期的那个数。",
    },
    # --- numpy's errors, explained beside the original text ----------------------------------
    "checks.numpy.matmul": {
        "en": "(That is: in `A @ B` the last size of A is {left}, the first size of B is "
              "{right}; they must be equal.)",
        "zh": "（意思是：`A @ B` 中 A 的最后一维是 {left}，B 的第一维是 {right}，两者必须相等。）",
    },
    "checks.numpy.matmul_any": {
        "en": "(That is: in `A @ B` the last size of A and the first size of B differ; they "
              "must be equal.)",
        "zh": "（意思是：`A @ B` 中 A 的最后一维与 B 的第一维大小不同，两者必须相等。）",
    },
    "checks.numpy.broadcast": {
        "en": "(That is: arrays of shapes {shapes} cannot be lined up element by element.)",
        "zh": "（意思是：形状为 {shapes} 的数组无法逐元素对齐。）",
    },
    "checks.numpy.list": {
        "en": "(That is: this value is a Python list, not a numpy array; a list has no `.T`, "
              "`.shape` or element-by-element arithmetic. `np.array(...)` makes it an array.)",
        "zh": "（意思是：这个值是 Python 列表（`list`），不是 numpy 数组；列表没有 `.T`、`.shape`，"
              "也不能逐元素计算。用 `np.array(...)` 把它变成数组。）",
    },
    "checks.numpy.ragged": {
        "en": "(That is: the rows given to `np.array` have different lengths, so they do not "
              "make a table.)",
        "zh": "（意思是：交给 `np.array` 的各行长度不同，拼不成一张表。）",
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
        "zh": "✗ {what}是形状为 {got} 的数组，而预期形状是 {expected}。",
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
        "zh": "✗ {what}是形状为 {got} 的数组，而预期形状是 {expected}：行和列对调了。"
              "提示：多了或少了一次转置 `.T`，或者 `@` 两边的因子顺序反了。",
    },
    "checks.extra_axis": {
        "en": "✗ {what} has shape {got} where {expected} was expected: the same numbers with an "
              "extra axis of length 1. Hint: use 1-d vectors (shape (m,), not (m, 1)), or end "
              "with `.ravel()`.",
        "zh": "✗ {what}是形状为 {got} 的数组，而预期形状是 {expected}：数字一样，"
              "却多了一个长度为 1 的维度。"
              "提示：用一维向量（形状 (m,) 而不是 (m, 1)），或在最后加上 `.ravel()`。",
    },
    "checks.nan": {
        "en": "✗ {what} contains NaN or infinite values.",
        "zh": "✗ {what}中含有 NaN 或无穷大。",
    },
    "checks.sign": {
        "en": "✗ {what} has the right size but the wrong sign: look for a minus sign, or a "
              "difference taken the other way round.",
        "zh": "✗ {what}数值大小对了，但符号反了：找一找是不是多了或少了一个负号，"
              "或者差是反过来减的。",
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
    "checks.offset_rows": {
        "en": "✗ {what} differs from the expected table by the same row in every row: look at "
              "the term added to every row (a bias, one value per column).",
        "zh": "✗ {what}每一行都与预期相差同一行数：看看加到每一行上的那一项"
              "（偏置，每列一个值）。",
    },
    "checks.values": {
        "en": "✗ {what} has the right shape, {shape}, but other values than expected.",
        "zh": "✗ {what}形状没错，是 {shape}，但数值与预期不同。",
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
    "checks.hint.overflow": {
        "en": "a number grew beyond what a float can hold (about 1.8e308): `math.exp(z)` and "
              "`np.exp(z)` do for z > 709; write it so no exponential of a large number is taken.",
        "zh": "某个数超出了浮点数能表示的范围（约 1.8e308）：z > 709 时 `math.exp(z)` 和 "
              "`np.exp(z)` 都会这样；请换一种写法，不去计算大数的指数。",
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
