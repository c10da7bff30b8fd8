"""Texts of notebook 00's own figure code and printed results."""

MESSAGES: dict[str, dict[str, str]] = {
    "nb00.days": {
        "en": "{n} days, from {first:%Y-%m-%d} to {last:%Y-%m-%d}",
        "zh": "{n} 天，从 {first:%Y-%m-%d} 到 {last:%Y-%m-%d}",
    },
    "nb00.median": {
        "en": "median {median:.2f}k views a day, highest {highest:.2f}k ({times:.1f} times the "
              "median)",
        "zh": "每天观看次数的中位数 {median:.2f}k，最高 {highest:.2f}k"
              "（是中位数的 {times:.1f} 倍）",
    },
    "nb00.views_title": {
        "en": "Daily views, 2017-2021 (train | test)",
        "zh": "每日观看次数，2017-2021（训练 | 测试）",
    },
    "nb00.spring_title": {
        "en": "Eight weeks of spring 2019 (weekends shaded)",
        "zh": "2019 年春天的八周（阴影是周末）",
    },
}
