"""Texts shown by helpers/experiments.py: table headers, models' and data parts' names, errors."""

MESSAGES: dict[str, dict[str, str]] = {
    "experiments.empty_part": {
        "en": "the '{name}' part of the data is empty: these experiments need daily views from "
              "2017 to 2021, got {first:%Y-%m-%d} to {last:%Y-%m-%d}.",
        "zh": "数据中 '{name}' 这一部分是空的：这些实验需要 2017 到 2021 年的每日观看次数，"
              "现在的数据从 {first:%Y-%m-%d} 到 {last:%Y-%m-%d}。",
    },
    "experiments.depth_rows": {
        "en": "depth_story needs the rows {names}, got {got}",
        "zh": "depth_story 需要这些行：{names}，现在是 {got}",
    },
    "experiments.width_rows": {
        "en": "width_story needs the rows {names}, missing {missing}",
        "zh": "width_story 需要这些行：{names}，缺少 {missing}",
    },
    # the columns of `book_table`
    "experiments.col_book_row": {"en": "model (book's row)", "zh": "模型（书中的行）"},
    "experiments.col_train": {"en": "train 2017–20", "zh": "训练 2017–20"},
    "experiments.col_early": {"en": "early 2021", "zh": "2021 年初"},
    "experiments.col_year": {"en": "all of 2021", "zh": "2021 全年"},
    "experiments.col_book_train": {"en": "book: train", "zh": "书：训练"},
    "experiments.col_book_test": {"en": "book: test", "zh": "书：测试"},
    # models' names (`model_label`): the English text is the name itself; Chinese "2 层 × 100 个"
    # (2 hidden layers of 100 units each) fits the 16 columns of the printed tables
    "experiments.linear_1": {"en": "linear, {k} day", "zh": "线性，{k} 天"},
    "experiments.linear_k": {"en": "linear, {k} days", "zh": "线性，{k} 天"},
    "experiments.linear_previous_1": {"en": "linear, previous {k} day", "zh": "线性，前 {k} 天"},
    "experiments.linear_previous_k": {"en": "linear, previous {k} days",
                                      "zh": "线性，前 {k} 天"},
    "experiments.layer_1": {"en": "{layers} layer of {units}", "zh": "{layers} 层 × {units} 个"},
    "experiments.layers": {"en": "{layers} layers of {units}", "zh": "{layers} 层 × {units} 个"},
    "experiments.layer_1_relu": {"en": "{layers} layer of {units} ReLU",
                                 "zh": "{layers} 层 × {units} 个 ReLU"},
    "experiments.layers_relu": {"en": "{layers} layers of {units} ReLU",
                                "zh": "{layers} 层 × {units} 个 ReLU"},
    "experiments.days_in": {"en": "{k} days in, {model}", "zh": "输入 {k} 天，{model}"},
    # parts of the data (`part_label`)
    "experiments.part_train": {"en": "train", "zh": "训练"},
    "experiments.part_val": {"en": "val", "zh": "验证"},
    "experiments.part_test": {"en": "test", "zh": "测试"},
    "experiments.part_book_test": {"en": "book test", "zh": "测试周"},  # the book's test weeks
}
