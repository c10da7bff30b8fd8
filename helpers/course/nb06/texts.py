"""Texts of notebook 06's own figure code and printed results.

"spread" (± one standard deviation over seeds) is 离散程度 in Chinese, as in the translation.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "nb06.two_relus": {
        "en": "hard sigmoid = ReLU(x) - ReLU(x - 1), largest difference: {difference}",
        "zh": "Hard Sigmoid = ReLU(x) - ReLU(x - 1)，最大差值：{difference}",
    },
    "nb06.sum_hard": {"en": "sum = hard sigmoid", "zh": "和 = Hard Sigmoid"},
    "nb06.output": {"en": "output", "zh": "输出"},
    "nb06.two_relus_title": {
        "en": "Two ReLUs make one hard sigmoid",
        "zh": "两个 ReLU 合成一个 Hard Sigmoid",
    },
    "nb06.config": {
        "en": "{name:16s} hidden sizes {hidden:21s} {n:6d} parameters",
        "zh": "{name:16s} 隐藏层大小 {hidden:21s} {n:6d} 个参数",
    },
    "nb06.book_split": {"en": "the book's split:", "zh": "书中的划分："},
    "nb06.validation_split": {"en": "validation split:", "zh": "带验证集的划分："},
    "nb06.part": {
        "en": "  {part:9s} {n:5d} days, {first:%Y-%m-%d} to {last:%Y-%m-%d}",
        "zh": "  {part:9s} {n:5d} 天，{first:%Y-%m-%d} 到 {last:%Y-%m-%d}",
    },
    "nb06.model": {"en": "model", "zh": "模型"},
    "nb06.train_2017_20": {"en": "train 2017-20", "zh": "训练 2017-20"},
    "nb06.train_2017_19": {"en": "train 2017-19", "zh": "训练 2017-19"},
    "nb06.validation_2020": {"en": "validation 2020", "zh": "验证 2020"},
    "nb06.settings": {"en": "training settings: {settings}", "zh": "训练设置：{settings}"},
    "nb06.seeds": {"en": "seeds: {seeds}", "zh": "种子：{seeds}"},
    "nb06.nb05_settings": {
        "en": "notebook 05's 10-ReLU network: {settings}, seed 0 only",
        "zh": "笔记本 05 的 10 个 ReLU 的网络：{settings}，只用种子 0",
    },
    "nb06.verdict_seeds": {
        "en": "verdicts: {n} seeds ({first}-{last}), the same training, stored in data/results/ "
              "by tools/make_results.py",
        "zh": "判定依据：{n} 个种子（{first}-{last}），训练方式相同，由 `tools/make_results.py` "
              "算好后存放在 `data/results/`",
    },
    "nb06.chosen_ten": {
        "en": "chosen on 2020, mean over {n} stored seeds: {model} (validation {val})",
        "zh": "在 2020 年上选出（{n} 个存好的种子的平均）：{model}（验证误差 {val}）",
    },
    "nb06.ten_seeds": {
        "en": "the comparisons, on the {n} stored seeds (mean MAE):",
        "zh": "以下比较依据 {n} 个存好的种子（MAE 的平均值）：",
    },
    "nb06.versus": {"en": "  vs {other}: {verdict}", "zh": "  对比 {other}：{verdict}"},
    "nb06.better_beyond_spread": {
        "en": "better by more than the spread",
        "zh": "更好，差距大于离散程度",
    },
    "nb06.within_spread": {"en": "within the spread", "zh": "在离散程度之内"},
    "nb06.larger_than_spread": {"en": "larger than the spread", "zh": "差距大于离散程度"},
    "nb06.verdict": {
        "en": "{a:16s} {ma:.3f}k vs {b:16s} {mb:.3f}k  ({column}): {verdict}",
        "zh": "{a:16s} {ma:.3f}k 对比 {b:16s} {mb:.3f}k  （{column}）：{verdict}",
    },
    "nb06.one_vs_linear": {
        "en": "1 layer of 100 vs linear, 56 days (test): {mean:.2f}k ± {sd:.2f} vs "
              "{linear:.2f}k: {larger} than the spread",
        "zh": "1 层 × 100 个 对比 线性，56 天（测试）：{mean:.2f}k ± {sd:.2f} 对比 "
              "{linear:.2f}k：差距{larger}离散程度",
    },
    "nb06.larger": {"en": "larger", "zh": "大于"},
    "nb06.not_larger": {"en": "not larger", "zh": "不大于"},
    "nb06.ours_train": {
        "en": "ours: training data (2017-2020)",
        "zh": "我们的：训练数据（2017-2020）",
    },
    "nb06.ours_test_year": {
        "en": "ours: test data (all of 2021)",
        "zh": "我们的：测试数据（2021 全年）",
    },
    "nb06.ours_test_early": {
        "en": "ours: test data (early 2021)",
        "zh": "我们的：测试数据（2021 年初）",
    },
    "nb06.book_train": {"en": "book: training data", "zh": "书中：训练数据"},
    "nb06.book_test_early": {
        "en": "book: test data (early 2021)",
        "zh": "书中：测试数据（2021 年初）",
    },
    "nb06.linear_year": {
        "en": "ours: linear, 56 days (all of 2021)",
        "zh": "我们的：线性，56 天（2021 全年）",
    },
    "nb06.linear_early": {
        "en": "ours: linear, 56 days (early 2021)",
        "zh": "我们的：线性，56 天（2021 年初）",
    },
    "nb06.depth_vs_linear": {
        "en": "{period:12s}: linear, 56 days {linear:.3f}k; 1-4 layers of 100 from {low:.3f}k to "
              "{high:.3f}k",
        "zh": "{period:12s}：线性，56 天 {linear:.3f}k；1-4 层 × 100 个从 {low:.3f}k 到 "
              "{high:.3f}k",
    },
    "nb06.hidden_layers": {"en": "hidden layers of 100 ReLU", "zh": "隐藏层数（每层 100 个 ReLU）"},
    "nb06.depth_title": {
        "en": "Error against depth: mean over {seeds} seeds, bars = spread",
        "zh": "误差与深度：{seeds} 个种子的平均值，误差棒 = 离散程度",
    },
    "nb06.chosen_on_validation": {
        "en": "chosen on validation (2020): {model}",
        "zh": "在验证集（2020）上选出：{model}",
    },
    "nb06.reported_once": {
        "en": "its error on 2021, reported once: {test} (early 2021: {early})",
        "zh": "它在 2021 年上的误差（只报告这一次）：{test}（2021 年初：{early}）",
    },
    "nb06.linear_2021": {
        "en": "linear, 56 days, on 2021: {mae:.2f}k",
        "zh": "线性，56 天，在 2021 年上：{mae:.2f}k",
    },
    "nb06.true_views": {"en": "true views", "zh": "真实的观看次数"},
    "nb06.seed_0": {"en": "{model} (seed 0)", "zh": "{model}（种子 0）"},
    "nb06.lny": {"en": "Lunar New Year", "zh": "春节"},
    "nb06.date_grey": {
        "en": "date (2021; grey: after the book's test weeks)",
        "zh": "日期（2021；灰色：书中测试周之后）",
    },
    "nb06.lny_title": {
        "en": "Predictions around the Lunar New Year, 2021",
        "zh": "2021 年春节前后的预测",
    },
    "nb06.lny_mae": {
        "en": "MAE in the week of the Lunar New Year (9-15 Feb): linear {linear:.2f}k, network "
              "{network:.2f}k",
        "zh": "春节那一周（2 月 9-15 日）的 MAE：线性 {linear:.2f}k，网络 {network:.2f}k",
    },
    "nb06.lny_worse": {
        "en": "In that week the network does worse than the linear model.",
        "zh": "在那一周，网络比线性模型差。",
    },
    "nb06.lny_better": {
        "en": "In that week the network does better than the linear model.",
        "zh": "在那一周，网络比线性模型好。",
    },
    "nb06.curve_settings": {"en": "settings: {settings}", "zh": "设置：{settings}"},
    "nb06.train_17_19": {"en": "training data (2017-2019)", "zh": "训练数据（2017-2019）"},
    "nb06.val_2020": {"en": "validation data (2020)", "zh": "验证集（2020）"},
    "nb06.test_2021": {"en": "test data (2021)", "zh": "测试数据（2021）"},
    "nb06.lowest_val": {"en": "lowest validation error", "zh": "验证误差最低处"},
    "nb06.unseen_years": {
        "en": "Years it was not trained on (zoomed in)",
        "zh": "没有用来训练的年份（放大）",
    },
    "nb06.curves_title": {
        "en": "4 layers of 100 during training: mean over {seeds} seeds, band = spread",
        "zh": "4 层 × 100 个的训练过程：{seeds} 个种子的平均值，色带 = 离散程度",
    },
    "nb06.best_epoch": {
        "en": "lowest validation error at epoch {best}; the run ends at epoch {last}",
        "zh": "验证误差在第 {best} 个回合最低；训练在第 {last} 个回合结束",
    },
    "nb06.change": {
        "en": "{part:5s}: {at_best} at epoch {best} -> {at_last} at epoch {last}  (change per "
              "seed: {rises})",
        "zh": "{part:5s}  第 {best} 个回合 {at_best} -> 第 {last} 个回合 {at_last}  "
              "（每个种子的变化：{rises}）",
    },
    "nb06.overfitting_shown": {
        "en": "overfitting beyond the spread, over the {n} stored seeds (from the lowest "
              "validation error to the end, training error falls and validation error rises, "
              "each by more than 2·SE and 0.015k): {shown}",
        "zh": "过拟合超出离散程度（依据 {n} 个存好的种子：从验证误差最低处到训练结束，"
              "训练误差下降、验证误差上升，变化都大于 2 倍标准误和 0.015k）：{shown}",
    },
    "nb06.yes": {"en": "yes", "zh": "是"},
    "nb06.no": {"en": "no", "zh": "否"},
    "nb06.beats_linear": {
        "en": "a ReLU network beats the linear model on 2021",
        "zh": "在 2021 年上，ReLU 网络胜过线性模型",
    },
    "nb06.train_falls": {
        "en": "training error falls with every extra layer (1 -> 4)",
        "zh": "每多一层，训练误差都下降（1 -> 4）",
    },
    "nb06.gap_grows": {
        "en": "the gap between test and training error grows with depth",
        "zh": "测试误差与训练误差之间的差距随深度增大",
    },
    "nb06.u_shape": {
        "en": "test error lowest at 2-3 layers, beyond the spread (the book's U)",
        "zh": "测试误差在 2-3 层时最低，且超出离散程度（书中的 U 形）",
    },
    "nb06.wider_helps": {
        "en": "1 layer of 100 beats 1 layer of 10 on 2021, beyond the spread (wider helps)",
        "zh": "在 2021 年上，1 层 × 100 个胜过 1 层 × 10 个，且超出离散程度（更宽有帮助）",
    },
    "nb06.saturates": {
        "en": "100 -> 1000 units gains less than half of what 10 -> 100 gained (it saturates)",
        "zh": "从 100 到 1000 个单元的收益不到从 10 到 100 的一半（趋于饱和）",
    },
    "nb06.book_steps": {
        "en": "the book's steps between depths (its test weeks) beside our spreads there:",
        "zh": "书中相邻深度之间的差值（书中的测试周）与我们在那几周的离散程度：",
    },
    "nb06.book_step_head": {
        "en": "{step:34s} {book:>10s} {spreads:>12s} {ratio:>6s}",
        "zh": "{step:34s} {book:>10s} {spreads:>12s} {ratio:>6s}",
    },
    "nb06.step": {"en": "step", "zh": "差值"},
    "nb06.book_step": {"en": "book step", "zh": "书中差值"},
    "nb06.our_spreads": {"en": "our 2·SE", "zh": "2 倍标准误"},
    "nb06.ratio": {"en": "ratio", "zh": "比值"},
    "nb06.book_step_row": {
        "en": "{a:16s} -> {b:16s} {step:+9.2f}k {spreads:11.3f}k {ratio:6.2f}",
        "zh": "{a:16s} -> {b:16s} {step:+9.2f}k {spreads:11.3f}k {ratio:6.2f}",
    },
    "nb06.by_seed": {
        "en": "test error on 2021 of each depth, seed by seed (thousands of views):",
        "zh": "每个深度在 2021 年上的测试误差，逐个种子列出（千次观看）：",
    },
    "nb06.seed_row": {"en": "seed {seed}: {errors}{mark}", "zh": "种子 {seed}：{errors}{mark}"},
    "nb06.u_alone": {"en": "   <- a U on its own", "zh": "   <- 单看这个种子是 U 形"},
    "nb06.summary_linear": {
        "en": "linear, 56 days: train {train:.2f}k, 2021 {test:.2f}k",
        "zh": "线性，56 天：训练 {train:.2f}k，2021 {test:.2f}k",
    },
    "nb06.summary_row": {
        "en": "train {train}   2021 {test}   early 2021 {early}",
        "zh": "训练 {train}   2021 {test}   2021 年初 {early}",
    },
    "nb06.summary_chosen": {
        "en": "chosen on 2020: {model}, 2021 error {error}",
        "zh": "在 2020 年上选出：{model}，2021 年的误差 {error}",
    },
    "nb06.summary_epochs": {
        "en": "overfitting over epochs (4 layers): validation error lowest at epoch {best}, "
              "then {at_best:.2f}k -> {at_last:.2f}k by epoch {last}",
        "zh": "随回合出现的过拟合（4 层）：验证误差在第 {best} 个回合最低，之后到第 {last} 个回合"
              "从 {at_best:.2f}k 升到 {at_last:.2f}k",
    },
    "nb06.summary_u": {
        "en": "book's U-shape over depth reproduced beyond the spread: {verdict}",
        "zh": "书中随深度变化的 U 形在离散程度之外得到重现：{verdict}",
    },
    # --- the checker's messages for this notebook's exercises (exercises.py) ---------------
    "checks.choose.test": {
        "en": "✗ You chose by the test data. The test data must not be used to choose anything, "
              "or its error is no longer an honest estimate. Hint: choose on the validation "
              "data (`val`).",
        "zh": "✗ 你是按测试数据选的。测试数据不能用来做任何选择，否则它的误差就不再是诚实的估计。"
              "提示：在验证集（`val`）上选。",
    },
    "checks.choose.train": {
        "en": "✗ You chose by the training error: it keeps falling as models grow and says "
              "nothing about new days (overfitting). Hint: choose on the validation data (`val`).",
        "zh": "✗ 你是按训练误差选的：模型越大，训练误差越低，但它说明不了模型在新的日子上表现如何"
              "（过拟合）。提示：在验证集（`val`）上选。",
    },
    "checks.choose.max": {
        "en": "✗ You chose the model with the highest validation error. Hint: lower is better.",
        "zh": "✗ 你选的是验证误差最高的模型。提示：误差越低越好。",
    },
    "checks.choose.one_run": {
        "en": "✗ You chose the single luckiest run, not the best model: one seed can be lucky. "
              "Hint: first average each model's validation error over its seeds.",
        "zh": "✗ 你选的是运气最好的那一次训练，而不是最好的模型：某一个随机种子可能只是碰巧好。"
              "提示：先把每个模型在各个种子上的验证误差求平均。",
    },
    "checks.choose.gap": {
        "en": "✗ You chose the model whose validation error is closest to its training error: a "
              "small gap says little about how good a model is (a model bad at both has a small "
              "gap). Hint: compare the validation errors themselves.",
        "zh": "✗ 你选的是验证误差与训练误差最接近的模型：差距小并不说明模型好（两者都差的模型差距也"
              "小）。提示：直接比较验证误差本身。",
    },
    "checks.choose.one_seed": {
        "en": "✗ You chose on the runs of one seed only: another seed can rank the models "
              "differently. Hint: use every seed's run of each model.",
        "zh": "✗ 你只用了一个随机种子的训练结果来选：换一个种子，模型的排名可能就不同了。"
              "提示：用上每个模型在每个种子上的结果。",
    },
    "checks.choose.hint": {
        "en": "average each model's validation error over its seeds, then compare the models.",
        "zh": "先对每个模型在各个种子上的验证误差求平均，再比较各个模型。",
    },
    "checks.best_epoch.index": {
        "en": "✗ You returned a position in the list, not an epoch: the errors were measured "
              "only every few epochs. Hint: read the epoch at that position in `epochs`.",
        "zh": "✗ 你返回的是在列表中的位置，而不是回合数：误差是每隔几个回合才测一次的。提示：到 "
              "`epochs` 中读出那个位置上的回合数。",
    },
    "checks.best_epoch.train": {
        "en": "✗ You used the training curve: it keeps falling, even while the model "
              "overfits. Hint: early stopping looks at the validation curve.",
        "zh": "✗ 你用的是训练曲线：即使模型已经过拟合，它也会一直下降。提示：早停看的是验证曲线。",
    },
    "checks.best_epoch.last": {
        "en": "✗ You returned the last epoch: training longer is not always better. Hint: find "
              "where the validation error is lowest.",
        "zh": "✗ 你返回的是最后一个回合：训练得越久并不总是越好。提示：找出验证误差最低的地方。",
    },
    "checks.best_epoch.max": {
        "en": "✗ You returned the epoch with the highest validation error. Hint: lower is better.",
        "zh": "✗ 你返回的是验证误差最高的回合。提示：误差越低越好。",
    },
    "checks.best_epoch.value": {
        "en": "✗ You returned the lowest validation error itself, not the epoch at which it "
              "was reached. Hint: `np.argmin` gives its position.",
        "zh": "✗ 你返回的是最低的验证误差本身，而不是达到它的那个回合。提示：`np.argmin` 给出它的位"
              "置。",
    },
    "checks.best_epoch.first_rise": {
        "en": "✗ You stopped at the first rise of the validation error: a curve measured on "
              "real data wobbles, and it fell again later. Hint: look at the whole curve.",
        "zh": "✗ 你在验证误差第一次上升时就停了：真实数据上测得的曲线会上下抖动，它后来又下降了。"
              "提示：看整条曲线。",
    },
    "checks.best_epoch.neighbour": {
        "en": "✗ You returned an epoch next to the right one, one measurement too late or too "
              "early. Hint: check the position you read `epochs` at.",
        "zh": "✗ 你返回的是正确回合旁边的那个回合，晚了或早了一次测量。提示：检查你读取 `epochs` 时"
              "用的位置。",
    },
    "checks.best_epoch.gap": {
        "en": "✗ You looked at the gap between the validation and the training error: early "
              "stopping looks at the validation error alone. Hint: the lowest `val`, not the "
              "smallest difference.",
        "zh": "✗ 你看的是验证误差与训练误差之差：早停只看验证误差本身。提示：要的是最低的 `val`，"
              "而不是最小的差。",
    },
    "checks.best_epoch.hint": {
        "en": "find the position of the lowest validation error, then read the epoch at that "
              "position.",
        "zh": "找出验证误差最低的位置，再读出那个位置上的回合数。",
    },
}
