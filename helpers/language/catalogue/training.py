"""Texts shown by helpers/training.py: its errors, the divergence messages, what descent did."""

MESSAGES: dict[str, dict[str, str]] = {
    "training.lr": {
        "en": "the learning rate η must be a positive number, got {lr!r}: try 1e-3 for Adam, "
              "or 1e-4..1e-1 for plain gradient descent.",
        "zh": "学习率 η 必须是正数，现在是 {lr!r}：Adam 可以试试 1e-3，普通的梯度下降可以试试 "
              "1e-4..1e-1。",
    },
    "training.infinity": {
        "en": "infinity",
        "zh": "无穷大",
    },
    "training.path_diverged": {
        "en": "Diverged at step {step}: the loss grew from {start:.3g} to {end}. The learning "
              "rate η = {lr:g} is too large: each step overshoots the minimum by more than the "
              "last. Try a smaller η. Kept the last good θ (step {kept}).",
        "zh": "在第 {step} 步发散：损失从 {start:.3g} 增长到 {end}。学习率 η = {lr:g} 太大："
              "每一步越过最低点的距离都比上一步更远。试试更小的 η。保留了最后一个好的 θ"
              "（第 {kept} 步）。",
    },
    "training.need_examples": {
        "en": "need as many examples as targets, and at least one: got X with {nx} rows and y "
              "with {ny}.",
        "zh": "样本数和目标数必须相同，并且至少要有一个：现在 X 有 {nx} 行，y 有 {ny} 个。",
    },
    "training.nan_train": {
        "en": "the training data contain NaN or infinite values: clean the data (load_views "
              "refuses such files) before training.",
        "zh": "训练数据中有 NaN 或无穷大的值：训练之前先清理数据（load_views 会拒绝这样的文件）。",
    },
    "training.nan_val": {
        "en": "the validation data contain NaN or infinite values: clean them before training.",
        "zh": "验证集中有 NaN 或无穷大的值：训练之前先清理它们。",
    },
    "training.diverged": {
        "en": "Training diverged in epoch {epoch} (loss {loss:.3g}, it started at {start:.3g}). "
              "The learning rate η = {lr:g} is too large for this model: try η = {smaller:g}. "
              "The parameters of epoch {kept} were kept.",
        "zh": "训练在第 {epoch} 个回合发散（损失 {loss:.3g}，开始时是 {start:.3g}）。对这个模型"
              "来说，学习率 η = {lr:g} 太大：试试 η = {smaller:g}。保留了第 {kept} 个回合的参数。",
    },
    "training.x_shape": {
        "en": "X has shape {shape} but this network takes {n} inputs per example, i.e. X of "
              "shape (n, {n}): make the windows with k = {n} days, or build Network({d}, ...).",
        "zh": "X 的形状是 {shape}，但这个网络的每个样本有 {n} 个输入，即 X 的形状应为 (n, {n})："
              "用 k = {n} 天生成窗口，或者构建 Network({d}, ...)。",
    },
    "training.epochs": {
        "en": "epochs must be a whole number ≥ 0, got {epochs!r}.",
        "zh": "`epochs`（回合数）必须是 ≥ 0 的整数，现在是 {epochs!r}。",
    },
    "training.batch_size": {
        "en": "batch_size must be a whole number ≥ 1 (or None for full batch), got "
              "{batch_size!r}: an empty batch has no gradient. Try 32.",
        "zh": "`batch_size`（批量大小）必须是 ≥ 1 的整数（None 表示用全部数据作一个批量），现在是 "
              "{batch_size!r}：空的批量没有梯度。试试 32。",
    },
    "training.no_examples": {
        "en": "no training examples: the windows are empty. Check the dates given to "
              ".between() or train_test(), and that the data are longer than k.",
        "zh": "没有训练样本：窗口是空的。检查传给 .between() 或 train_test() 的日期，"
              "以及数据是否比 k 长。",
    },
    # what a path of gradient descent did (`descent_label`), as a reader sees it
    "training.label_diverged": {"en": "diverged", "zh": "发散"},
    "training.label_diverging": {"en": "diverging", "zh": "正在发散"},
    "training.label_converged": {"en": "converged", "zh": "收敛"},
    "training.label_converged_zigzagging": {"en": "converged, zigzagging", "zh": "收敛，之字形"},
    "training.label_bouncing": {"en": "bouncing", "zh": "来回弹跳"},
    "training.label_crawling": {"en": "crawling", "zh": "缓慢爬行"},
    "training.diverging": {
        "en": "Diverging: in {steps} steps L grew from {first:.3g} to {last:.3g}. Each step "
              "overshoots the minimum by more than the last: η is too large. Try a smaller η.",
        "zh": "正在发散：{steps} 步里 L 从 {first:.3g} 增长到 {last:.3g}。每一步越过最低点的"
              "距离都比上一步更远：η 太大。试试更小的 η。",
    },
    "training.bouncing": {
        "en": "Bouncing: after {steps} steps L = {last:.3g}, {above} above the lowest L "
              "({best:.3g}). The path jumps back and forth across the valley without settling: "
              "η is too large. Try a smaller η.",
        "zh": "来回弹跳：{steps} 步之后 L = {last:.3g}，比最低的 L（{best:.3g}）高 {above}。"
              "路径在山谷两侧来回跳，停不下来：η 太大。试试更小的 η。",
    },
    "training.crawling": {
        "en": "Still crawling: after {steps} steps L = {last:.3g}, {above} above the lowest L "
              "({best:.3g}). Take more steps or a larger η.",
        "zh": "仍在缓慢爬行：{steps} 步之后 L = {last:.3g}，比最低的 L（{best:.3g}）高 {above}。"
              "多走一些步，或者用更大的 η。",
    },
    "training.converged": {
        "en": "Converged: after {steps} steps L = {last:.3g}, within {tol:.0%} of the lowest L "
              "({best:.3g}).",
        "zh": "收敛了：{steps} 步之后 L = {last:.3g}，与最低的 L（{best:.3g}）相差不到 {tol:.0%}。",
    },
    "training.zigzag": {
        "en": " On the way the path zigzags across the valley: each step overshoots the valley "
              "floor, and a larger η would overshoot more.",
        "zh": "一路上，路径在山谷两侧呈之字形：每一步都越过了谷底，η 更大就会越过得更多。",
    },
    "training.ended_worse": {
        "en": "Training made the loss worse: it ended at {end:.3g}, {ratio:.1f} times where it "
              "started ({start:.3g}). The learning rate η = {lr:g} is too large for this model: "
              "each step overshoots the minimum. Try η = {smaller:g}.",
        "zh": "训练让损失变大了：最终为 {end:.3g}，是开始时（{start:.3g}）的 {ratio:.1f} 倍。"
              "学习率 η = {lr:g} 对这个模型太大：每一步都越过了最小值。试试 η = {smaller:g}。",
    },
    "training.kept_start": {
        "en": "Kept the starting parameters (loss {loss:.3g}): no epoch improved on them.",
        "zh": "已保留开始时的参数（损失 {loss:.3g}）：没有哪个回合比它们更好。",
    },
    "training.kept_epoch": {
        "en": "Kept the parameters with the lowest training loss seen ({loss:.3g}, after epoch "
              "{epoch}).",
        "zh": "已保留训练损失最低时的参数（{loss:.3g}，第 {epoch} 个回合之后）。",
    },
}
