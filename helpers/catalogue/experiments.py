"""Texts shown by helpers/experiments.py."""

MESSAGES: dict[str, dict[str, str]] = {
    "experiments.empty_part": {
        "en": "the '{part}' part of the data is empty: with {k} days of input these experiments "
              "need daily data from before {first} to the end of {test_year}, got "
              "{start:%Y-%m-%d} to {end:%Y-%m-%d}. Pass test_year= a year your data cover "
              "(e.g. features.default_test_year(series)).",
        "zh": "数据中“{part}”这一部分是空的：输入 {k} 天时，这些实验需要从 {first} 年之前到 "
              "{test_year} 年底的每日数据，而数据的范围是 {start:%Y-%m-%d} 到 {end:%Y-%m-%d}。"
              "请把 test_year= 设为数据覆盖的一年（例如 features.default_test_year(series)）。",
    },
}

MESSAGES.update({
    # model names (helpers.lessons.label)
    "experiments.linear_1": {"en": "linear, 1 day", "zh": "线性，1 天"},
    "experiments.linear": {"en": "linear, {k} days", "zh": "线性，{k} 天"},
    "experiments.net_1": {"en": "1 layer of {units}", "zh": "1 层 × {units}"},
    "experiments.net": {"en": "{layers} layers of {units}", "zh": "{layers} 层 × {units}"},
    # the chapter's lessons and the verdicts (helpers.lessons)
    "experiments.lesson_more_days": {
        "en": "more days of input", "zh": "输入更多天"},
    "experiments.lesson_nets_beat_linear": {
        "en": "network beats linear", "zh": "网络胜过线性模型"},
    "experiments.lesson_wider": {
        "en": "wider, then saturates", "zh": "更宽，然后饱和"},
    "experiments.lesson_deeper_train": {
        "en": "deeper fits training better", "zh": "更深，训练误差更低"},
    "experiments.lesson_depth_u": {
        "en": "deeper: test U-shape", "zh": "更深：测试误差呈 U 形"},
    "experiments.lesson_overfitting": {
        "en": "longer: validation turns up", "zh": "更久：验证误差回升"},
    "experiments.verdict_holds": {"en": "holds", "zh": "成立"},
    "experiments.verdict_not": {"en": "doesn't", "zh": "不成立"},
    "experiments.verdict_spread": {"en": "within the spread", "zh": "在离散程度之内"},
    "experiments.verdict": {"en": "verdict", "zh": "结论"},
    "experiments.data_births": {"en": "births", "zh": "出生数"},
    "experiments.data_views": {"en": "views", "zh": "观看次数"},
    "experiments.numbers": {"en": "the numbers it reads", "zh": "依据的数字"},
})
