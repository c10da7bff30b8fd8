"""Texts of notebook 02's own figure code and printed results (notebook 04 reuses the table's)."""

MESSAGES: dict[str, dict[str, str]] = {
    "nb02.data": {
        "en": "{n} days, {first:%Y-%m-%d} to {last:%Y-%m-%d}; test year {year}; {n_train} "
              "training days",
        "zh": "{n} 天，{first:%Y-%m-%d} 到 {last:%Y-%m-%d}；测试年份 {year}；{n_train} 个训练日",
    },
    "nb02.weekday_title": {
        "en": "Mean views by weekday (training years)",
        "zh": "每个星期几的平均观看次数（训练年份）",
    },
    "nb02.weekday": {"en": "weekday", "zh": "星期几"},
    "nb02.over_mean": {"en": "views / mean of all days", "zh": "观看次数 / 所有日子的平均值"},
    "nb02.other_lags": {"en": "other lags", "zh": "其他滞后"},
    "nb02.whole_weeks": {"en": "whole weeks (7, 14, 21, 28)", "zh": "整周（7、14、21、28）"},
    "nb02.autocorr_title": {
        "en": "Autocorrelation of daily views (training years)",
        "zh": "每日观看次数的自相关（训练年份）",
    },
    "nb02.lag_days": {"en": "lag (days)", "zh": "滞后（天）"},
    "nb02.autocorrelation": {"en": "autocorrelation", "zh": "自相关"},
    "nb02.lags": {
        "en": "lag 1: {first:.2f}; highest after lag 1: lag {top} ({at_top:.2f}); lags "
              "7/14/21/28: {weekly}",
        "zh": "滞后 1 天：{first:.2f}；滞后 1 天之后最高的：滞后 {top} 天（{at_top:.2f}）；"
              "滞后 7/14/21/28 天：{weekly}",
    },
    "nb02.week_peaks": {
        "en": "the highest lag of each week of lags (1-7, 8-14, 15-21, 22-28): {peaks}",
        "zh": "每一周滞后（1-7、8-14、15-21、22-28 天）中最高的：滞后 {peaks} 天",
    },
    # the table of linear models (notebook 04 prints the same columns)
    "nb02.table_title": {
        "en": "Mean absolute error, thousands of views a day (the book's test: 1 Jan - 14 Feb "
              "2021)",
        "zh": "平均绝对误差，单位是每天千次观看（书中的测试数据：2021 年 1 月 1 日 - 2 月 14 日）",
    },
    "nb02.days_of_input": {"en": "days of input", "zh": "输入天数"},
    "nb02.parameters": {"en": "parameters", "zh": "参数个数"},
    "nb02.l_train": {"en": "L train", "zh": "训练 L"},
    "nb02.l_weeks": {"en": "L' 1 Jan-14 Feb", "zh": "L' 1月1日-2月14日"},
    "nb02.book_l_train": {"en": "book L train", "zh": "书中训练 L"},
    "nb02.book_l_test": {"en": "book L' test", "zh": "书中测试 L'"},
    "nb02.k_days": {"en": "{k}-day {mae:.2f}k", "zh": "{k} 天 {mae:.2f}k"},
    "nb02.trend": {
        "en": "{column}: {errors}  ->  1 > 7 > 28 >= 56: {verdict}",
        "zh": "{column}：{errors}  ->  1 > 7 > 28 >= 56：{verdict}",
    },
    "nb02.yes": {"en": "yes", "zh": "是"},
    "nb02.no": {"en": "no", "zh": "否"},
    "nb02.close_look": {
        "en": "{column}, three decimals: 28 days {e28:.3f}k, 56 days {e56:.3f}k  ->  28 >= 56: "
              "{verdict}",
        "zh": "{column}，保留三位小数：28 天 {e28:.3f}k，56 天 {e56:.3f}k  ->  28 >= 56：{verdict}",
    },
    "nb02.only_rounded": {
        "en": "only as printed with two decimals (56 days are {more:.4f}k worse)",
        "zh": "只在保留两位小数时成立（56 天的误差大 {more:.4f}k）",
    },
    "nb02.ours": {"en": "ours", "zh": "我们的"},
    "nb02.book_lecture": {"en": "book (lecture)", "zh": "书中（课程）"},
    "nb02.weights7_title": {
        "en": "Weights of the 7-day linear model",
        "zh": "输入 7 天的线性模型的权重",
    },
    "nb02.weight": {"en": "weight", "zh": "权重"},
    "nb02.weight_j": {
        "en": "w_j: the weight of the views j days ago",
        "zh": "w_j：j 天前的观看次数的权重",
    },
    "nb02.yesterday": {"en": "yesterday", "zh": "昨天"},
    "nb02.week_ago": {
        "en": "a week ago, the same weekday as the day predicted",
        "zh": "一周前（与被预测的那天是同一个星期几）",
    },
    "nb02.days_ago": {"en": "{j} days ago", "zh": "{j} 天前"},
    "nb02.weight_of": {
        "en": "w{j} = {w:.2f}: the views of {ago}",
        "zh": "w{j} = {w:.2f}：{ago}的观看次数",
    },
    "nb02.weights56_title": {
        "en": "Weights of the 56-day linear model (dark: whole weeks ago)",
        "zh": "输入 56 天的线性模型的权重（深色：整周之前）",
    },
    "nb02.days_ago_axis": {"en": "j (days ago)", "zh": "j（几天前）"},
    "nb02.weight_w_j": {"en": "weight w_j", "zh": "权重 w_j"},
    "nb02.week_weights": {
        "en": "mean size |w_j| of the whole weeks 14, 21, ..., 56: {weeks:.3f}; of the other "
              "days from 9 on: {others:.3f}",
        "zh": "整周（14、21、……、56 天前）的平均大小 |w_j|：{weeks:.3f}；从 9 天前起其他日子的："
              "{others:.3f}",
    },
    "nb02.more_days": {
        "en": "training error, 28 -> 56 days of input: {l28:.2f}k -> {l56:.2f}k",
        "zh": "训练误差，输入从 28 天增加到 56 天：{l28:.2f}k -> {l56:.2f}k",
    },
    "nb02.training_days": {"en": "training days", "zh": "训练日"},
    "nb02.best_line": {"en": "best line", "zh": "最好的直线"},
    "nb02.piecewise_curve": {"en": "piecewise linear curve", "zh": "分段线性曲线"},
    "nb02.today_title": {
        "en": "Today's views against yesterday's",
        "zh": "今天的观看次数与昨天的对比",
    },
    "nb02.yesterday_axis": {"en": "x1: yesterday (thousands)", "zh": "x1：昨天（千次）"},
    "nb02.today_axis": {"en": "today (thousands)", "zh": "今天（千次）"},
    "nb02.piecewise": {"en": "piecewise linear", "zh": "分段线性"},
    "nb02.line_errors": {
        "en": "L train = {train:.3f}k, L' {year} = {test:.3f}k",
        "zh": "训练 L = {train:.3f}k，L' {year} = {test:.3f}k",
    },
    "nb02.bent_better": {
        "en": "On the test year the bent curve is better than the best line (difference "
              "{gain:+.3f}k).",
        "zh": "在测试年份上，折线优于最好的直线（差值 {gain:+.3f}k）。",
    },
    "nb02.bent_not_better": {
        "en": "On the test year the bent curve is not better than the best line (difference "
              "{gain:+.3f}k).",
        "zh": "在测试年份上，折线并不优于最好的直线（差值 {gain:+.3f}k）。",
    },
    "nb02.piecewise_target": {"en": "piecewise linear target", "zh": "分段线性的目标"},
    "nb02.no_line_title": {"en": "A target no line can follow", "zh": "直线跟不上的目标"},
    "nb02.best_line_fit": {
        "en": "best line: y = {b:.2f} + {w:.2f}·x1, L = {L:.2f} (the target itself: L = 0)",
        "zh": "最好的直线：y = {b:.2f} + {w:.2f}·x1，L = {L:.2f}（目标本身：L = 0）",
    },
    # --- the checker's messages for this notebook's exercises (exercises.py) ---------------
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
}
