"""Texts shown by helpers/features.py."""

MESSAGES: dict[str, dict[str, str]] = {
    "features.k_invalid": {
        "en": "k (days of input) must be a whole number ≥ 1, got {k!r}.",
        "zh": "k（输入的天数）必须是 ≥ 1 的整数，现在是 {k!r}。",
    },
    "features.too_short": {
        "en": "a window of {k} days needs at least {need} days of data, but the series has "
              "{n}: use fewer days of input or more data.",
        "zh": "{k} 天的窗口至少需要 {need} 天的数据，但这个序列只有 {n} 天：减少输入的天数，"
              "或者使用更多数据。",
    },
    "features.split_empty": {
        "en": "splitting at {year} leaves {n_train} training and {n_test} test days (data run "
              "from {first:%Y-%m-%d} to {last:%Y-%m-%d}). Pass test_year= the last year of "
              "your data.",
        "zh": "在 {year} 年划分后，训练数据有 {n_train} 天，测试数据有 {n_test} 天（数据从 "
              "{first:%Y-%m-%d} 到 {last:%Y-%m-%d}）。请把 test_year= 设为你的数据的最后一年。",
    },
    "features.weekdays": {
        "en": "Mon Tue Wed Thu Fri Sat Sun",
        "zh": "周一 周二 周三 周四 周五 周六 周日",
    },
}
