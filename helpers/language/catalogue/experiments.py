"""Texts shown by helpers/experiments.py: table headers, models' and data parts' names, errors."""

MESSAGES: dict[str, dict[str, str]] = {
    "experiments.empty_part": {
        "en": "the '{part}' part of the data is empty: with {k} days of input these experiments "
              "need daily data from before {first} to the end of {test_year}, got "
              "{start:%Y-%m-%d} to {end:%Y-%m-%d}. Pass test_year= a year your data cover "
              "(e.g. features.default_test_year(series)).",
        "zh": "数据中“{part}”这一部分是空的：输入 {k} 天时，这些实验需要从 {first} 年之前到 "
              "{test_year} 年底的每日数据，而数据的范围是 {start:%Y-%m-%d} 到 {end:%Y-%m-%d}。"
              "请把 test_year= 设为数据覆盖的一年（例如 `features.default_test_year(series)`）。",
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
    "experiments.verdict_against": {"en": "the other way, within the spread",
                                    "zh": "方向相反，在离散程度之内"},
    "experiments.verdict": {"en": "verdict", "zh": "结论"},
    "experiments.data_births": {"en": "births", "zh": "出生数"},
    "experiments.data_views": {"en": "views", "zh": "观看次数"},
    "experiments.numbers": {"en": "the numbers it reads", "zh": "依据的数字"},
    # the browser edition's smaller setting (helpers.browser), said where the training runs
    "experiments.browser_sweep": {
        "en": "Browser edition: {seeds} seeds × {epochs} + {settle} epochs per network here "
              "(in JupyterLab: {full_seeds} seeds × {full_epochs} + {full_settle}), so that the "
              "notebook runs in under two minutes; the numbers differ a little from the stored "
              "ones.",
        "zh": "浏览器版：这里每个网络用 {seeds} 个随机种子 × {epochs} + {settle} "
              "个回合（在 JupyterLab 中是 {full_seeds} 个种子 × {full_epochs} + "
              "{full_settle} 个回合），以便整个笔记本在两分钟内运行完；"
              "结果与保存的输出略有不同。",
    },
    "experiments.browser_curves": {
        "en": "Browser edition: {seeds} seed(s) × {epochs} epochs at η = {lr:g} here (in "
              "JupyterLab: {full_seeds} seeds × {full_epochs} epochs at η = {full_lr:g}), so "
              "that the notebook runs in under two minutes; the curves are noisier, the band "
              "of the spread is flat with one seed, and the numbers differ from the stored ones.",
        "zh": "浏览器版：这里用 {seeds} 个随机种子 × {epochs} 个回合，η = {lr:g}（在 "
              "JupyterLab 中是 {full_seeds} 个种子 × {full_epochs} 个回合，η = {full_lr:g}），"
              "以便整个笔记本在两分钟内运行完；曲线起伏更大，只有一个种子时，"
              "表示离散程度的色带是平的，结果也与保存的输出不同。",
    },
}
