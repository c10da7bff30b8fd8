"""Texts of the numpy primer notebook (00b) and its checked exercises (exercises.py)."""

MESSAGES: dict[str, dict[str, str]] = {
    # --- the notebook's printed sentences -----------------------------------------------------
    "primer.loaded": {
        "en": "{n} days of views, from {first} to {last}.",
        "zh": "共 {n} 天的观看次数，从 {first} 到 {last}。",
    },
    "primer.shape_2d": {
        "en": "X has shape {shape}: {rows} rows and {columns} columns.",
        "zh": "X 的形状是 {shape}：{rows} 行、{columns} 列。",
    },
    "primer.vectorised": {
        "en": "{n} errors computed at once; their mean, the MAE: {mae:.3f}k.",
        "zh": "一次算出了 {n} 个误差；它们的平均值，即 MAE：{mae:.3f}k。",
    },
    # --- exercise: last_days ------------------------------------------------------------------
    "primer.last_days.extra": {
        "en": "✗ Your slice holds k + 1 days: it goes on to day t itself. Hint: `views[i:j]` "
              "stops just before j, so j = t leaves day t out.",
        "zh": "✗ 你的切片有 k + 1 天：它一直取到了第 t 天本身。提示：`views[i:j]` 在 j 之前就停止，"
              "所以 j = t 时不包含第 t 天。",
    },
    "primer.last_days.includes_t": {
        "en": "✗ Your slice ends with day t itself and misses day t-k. Hint: the k days before "
              "t are t-k, …, t-1.",
        "zh": "✗ 你的切片以第 t 天本身结尾，漏掉了第 t-k 天。提示：第 t 天之前的 k 天是第 t-k, …, "
              "t-1 天。",
    },
    "primer.last_days.one_early": {
        "en": "✗ Your slice is one day early: it ends with day t-2 and misses day t-1. Hint: "
              "`views[i:j]` holds the days i … j-1.",
        "zh": "✗ 你的切片早了一天：它到第 t-2 天就结束了，漏掉了第 t-1 天。提示：`views[i:j]` 包含"
              "第 i … j-1 天。",
    },
    "primer.last_days.after": {
        "en": "✗ Your slice holds the k days from day t on, not the k days before it. Hint: both "
              "ends of the slice are before t.",
        "zh": "✗ 你的切片取的是从第 t 天起的 k 天，而不是它之前的 k 天。提示：切片的两端都应在第 t "
              "天"
              "之前。",
    },
    "primer.last_days.reversed": {
        "en": "✗ The right days, reversed: here keep the date order, oldest first (notebook 02 "
              "reverses it on purpose). Hint: drop the [::-1].",
        "zh": "✗ 天数对了，但顺序反了：这里要保持日期顺序，最早的在前（笔记本 02 才会有意把它反过来"
              "）。"
              "提示：去掉 [::-1]。",
    },
    "primer.last_days.hint": {
        "en": "`views[i:j]` holds the days i, i+1, …, j-1: choose i and j so that it holds "
              "exactly the k days before t.",
        "zh": "`views[i:j]` 包含第 i, i+1, …, j-1 天：选好 i 和 j，让切片恰好是第 t 天之前的 k 天。"
              "",
    },
    # --- exercise: predict_all ----------------------------------------------------------------
    "primer.predict_all.elementwise": {
        "en": "✗ `X * w` multiplies element by element and keeps a table (n_days, k); the model "
              "needs, for each day, the sum of w_j·x_j over its k inputs. Hint: the matrix "
              "product `@` multiplies and adds in one go.",
        "zh": "✗ `X * w` 是逐元素相乘，结果仍是一张 (n_days, k) 的表；而模型需要的是每一天 k 个输入"
              "的 w_j·x_j 之和。提示：矩阵乘法 `@` 一步完成相乘与相加。",
    },
    "primer.predict_all.no_bias": {
        "en": "✗ Every prediction is off by b: the bias is missing. Hint: add b; numpy adds one "
              "number to every element (broadcasting).",
        "zh": "✗ 每个预测都差了 b：漏掉了偏置。提示：加上 b；numpy 会把一个数加到每个元素上（广播）"
              "。",
    },
    "primer.predict_all.sum_all": {
        "en": "✗ You added up all the days into one number, but the model gives one number per "
              "day. Hint: sum over the k inputs of each day only.",
        "zh": "✗ 你把所有天加成了一个数，而模型应该每天给出一个数。提示：只对每一天的 k 个输入求和"
              "。",
    },
    "primer.predict_all.hint": {
        "en": "`X @ w` gives, for every day (row of X), the sum of w_j·x_j over its k inputs: "
              "one number per day.",
        "zh": "`X @ w` 对每一天（X 的每一行）求出 k 个输入的 w_j·x_j 之和：每天一个数。",
    },
    # --- exercise: layer ----------------------------------------------------------------------
    "primer.layer.no_bias": {
        "en": "✗ The biases are missing: every unit adds its own b_i. Hint: `+ b` adds the "
              "vector b to every row (broadcasting).",
        "zh": "✗ 漏掉了偏置：每个神经元都要加上它自己的 b_i。提示：`+ b` 会把向量 b 加到每一行上"
              "（广播）。",
    },
    "primer.layer.hint": {
        "en": "row i of `X @ W.T` holds the weighted sums of day i, one per unit; `+ b` adds b "
              "to every row.",
        "zh": "`X @ W.T` 的第 i 行是第 i 天的加权和，每个神经元一个；`+ b` 把 b 加到每一行上。",
    },
    # --- exercise: total_per_unit -------------------------------------------------------------
    "primer.total.axis1": {
        "en": "✗ One number per day, where one per unit was expected: you summed along each row "
              "(axis=1). Hint: axis=0 runs down the rows, over the days.",
        "zh": "✗ 每天一个数，而预期是每个神经元一个数：你是沿着每一行求和的（axis=1）。提示：axis=0"
              " "
              "沿着行往下，对各天求和。",
    },
    "primer.total.all": {
        "en": "✗ One number for the whole array: without `axis`, a sum adds up everything. "
              "Hint: give the axis to sum over.",
        "zh": "✗ 整个数组只得到一个数：不指定 `axis` 时，求和会把所有元素加起来。提示：指定沿哪个轴"
              "求和。",
    },
    "primer.total.mean": {
        "en": "✗ This is the mean over the days (N times too small), not the sum. Hint: `.sum`, "
              "not `.mean`.",
        "zh": "✗ 这是对各天的平均（小了 N 倍），而不是和。提示：用 `.sum`，不要用 `.mean`。",
    },
    "primer.total.hint": {
        "en": "`axis=0` runs down the rows (over the days) and leaves one number per column (per "
              "unit).",
        "zh": "`axis=0` 沿着行往下（对各天）计算，每一列（每个神经元）留下一个数。",
    },
}
