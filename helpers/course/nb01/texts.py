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
}
