"""Texts of notebook 05's own figure code and printed results."""

MESSAGES: dict[str, dict[str, str]] = {
    "nb05.train_shapes": {
        "en": "training data: X {X}, y {y}  ({first:%Y-%m-%d} to {last:%Y-%m-%d})",
        "zh": "训练数据：X {X}，y {y}  （{first:%Y-%m-%d} 到 {last:%Y-%m-%d}）",
    },
    "nb05.test_shapes": {
        "en": "test data:     X {X}, y {y}  ({first:%Y-%m-%d} to {last:%Y-%m-%d})",
        "zh": "测试数据：X {X}，y {y}  （{first:%Y-%m-%d} 到 {last:%Y-%m-%d}）",
    },
    "nb05.y_stats": {
        "en": "y: mean {mean:.3f}k, standard deviation {std:.3f}k views",
        "zh": "y：平均值 {mean:.3f}k，标准差 {std:.3f}k 次观看",
    },
    "nb05.b_output": {"en": "b (output)", "zh": "b（输出）"},
    "nb05.shape_row": {
        "en": "{name:11s} shape {shape:9s} {size:4d} numbers",
        "zh": "{name:11s} 形状 {shape:9s} {size:4d} 个数",
    },
    "nb05.one_day_shapes": {
        "en": "x {x} -> r {r} -> a {a} -> y (one number)",
        "zh": "x {x} -> r {r} -> a {a} -> y（一个数）",
    },
    "nb05.untrained": {
        "en": "prediction {pred:.3f}k views, label {label:.3f}k views (the network is "
              "untrained)",
        "zh": "预测 {pred:.3f}k 次观看，标签 {label:.3f}k 次观看（网络还没有训练）",
    },
    "nb05.same_as_forward": {
        "en": "same as net.forward, to 1e-12: {same}",
        "zh": "与 net.forward 相同（误差小于 1e-12）：{same}",
    },
    "nb05.same_as_forward_X": {
        "en": "same as net.forward(X), to 1e-12: {same}",
        "zh": "与 net.forward(X) 相同（误差小于 1e-12）：{same}",
    },
    "nb05.unknowns": {"en": "{sizes} = {total} unknowns", "zh": "{sizes} = {total} 个未知参数"},
    "nb05.theta_size": {
        "en": "θ has {n} numbers; net.n_params() = {n_params}",
        "zh": "θ 有 {n} 个数；net.n_params() = {n_params}",
    },
    "nb05.theta_places": {
        "en": "θ[1] is w_12: {w_12}    θ[570] is c_1: {c_1}",
        "zh": "θ[1] 就是 w_12：{w_12}    θ[570] 就是 c_1：{c_1}",
    },
    "nb05.unflatten_shapes": {
        "en": "shapes after unflatten: {shapes}",
        "zh": "unflatten() 之后的形状：{shapes}",
    },
    "nb05.round_trip": {
        "en": "unflatten(flatten(...)) gives the same numbers: {same}",
        "zh": "unflatten(flatten(...)) 给出同样的数：{same}",
    },
    "nb05.untrained_loss": {
        "en": "L(θ) of the untrained network: {L:.3f} (standardised) = {k:.3f}k views",
        "zh": "未训练的网络的 L(θ)：{L:.3f}（标准化后）= {k:.3f}k 次观看",
    },
    "nb05.gradient_shapes": {
        "en": "∂L/∂W {W}  ∂L/∂b {b}  ∂L/∂c {c}  ∂L/∂b (output) {b_out}",
        "zh": "∂L/∂W {W}  ∂L/∂b {b}  ∂L/∂c {c}  ∂L/∂b（输出）{b_out}",
    },
    "nb05.d_b_output": {"en": "∂L/∂b (output)", "zh": "∂L/∂b（输出）"},
    "nb05.agree": {
        "en": "{name:15s} {shape:9s} agree to 1e-12: {same}",
        "zh": "{name:15s} {shape:9s} 一致（误差小于 1e-12）：{same}",
    },
    "nb05.evaluations": {
        "en": "{n:,} loss evaluations for {unknowns} unknowns",
        "zh": "为 {unknowns} 个未知参数计算了 {n:,} 次损失",
    },
    "nb05.first_backprop": {
        "en": "first three entries, backpropagation: {values}",
        "zh": "前三个分量，反向传播：{values}",
    },
    "nb05.first_numeric": {
        "en": "first three entries, finite diff.:    {values}",
        "zh": "前三个分量，有限差分：{values}",
    },
    "nb05.relative_error": {"en": "relative error < 1e-6: {ok}", "zh": "相对误差 < 1e-6：{ok}"},
    "nb05.other_check": {
        "en": "hidden {hidden:8s} {activation:8s} relative error < 1e-6: {ok}",
        "zh": "隐藏层 {hidden:8s} {activation:8s} 相对误差 < 1e-6：{ok}",
    },
    "nb05.one_update": {
        "en": "L(θ0) = {L0:.3f}k   L(θ1) = {L1:.3f}k views",
        "zh": "L(θ0) = {L0:.3f}k   L(θ1) = {L1:.3f}k 次观看",
    },
    "nb05.after_30": {
        "en": "after 30 steps: L = {L:.3f}k views",
        "zh": "30 步之后：L = {L:.3f}k 次观看",
    },
    "nb05.same_theta": {
        "en": "the loop by hand and train() end at the same θ: {same}",
        "zh": "手写的循环和 train() 停在同一个 θ：{same}",
    },
    "nb05.updates_per_epoch": {"en": "updates per epoch", "zh": "每回合更新次数"},
    "nb05.all": {"en": "all", "zh": "全部"},
    "nb05.first_batch": {
        "en": "seed {seed}, epoch {epoch}, first batch: {batch}",
        "zh": "种子 {seed}，第 {epoch} 个回合，第一个批量：{batch}",
    },
    "nb05.same_batches": {
        "en": "seed 0 again gives the same batches: {same}",
        "zh": "再用种子 0，得到的批量相同：{same}",
    },
    "nb05.updates_in_all": {"en": "updates in all", "zh": "总更新次数"},
    "nb05.last_epoch_loss": {"en": "L, last epoch", "zh": "最后回合的 L"},
    "nb05.b_all": {"en": "B = all ({n})", "zh": "B = 全部（{n}）"},
    "nb05.updates_log": {"en": "updates (log scale)", "zh": "更新次数（对数刻度）"},
    "nb05.training_mae": {
        "en": "training MAE (thousands of views)",
        "zh": "训练数据上的 MAE（千次观看）",
    },
    "nb05.loss_vs_updates": {
        "en": "Loss vs updates ({epochs} epochs each)",
        "zh": "损失与更新次数（每种批量各 {epochs} 个回合）",
    },
    "nb05.seconds": {"en": "seconds since the start of training", "zh": "从训练开始算起的秒数"},
    "nb05.loss_vs_time": {"en": "Loss vs wall-clock time", "zh": "损失与实际用时"},
    "nb05.monitor_title": {
        "en": "10 sigmoid units: loss while training",
        "zh": "10 个 S 型函数神经元：训练中的损失",
    },
    "nb05.updates": {
        "en": "{updates:,} updates: {epochs} epochs of {per}",
        "zh": "{updates:,} 次更新：{epochs} 个回合，每个回合 {per} 次",
    },
    "nb05.mae_after": {
        "en": "MAE after training: training data {train:.3f}k, test data {test:.3f}k views",
        "zh": "训练后的 MAE：训练数据 {train:.3f}k，测试数据 {test:.3f}k 次观看",
    },
    "nb05.sigmoid_units": {"en": "10 sigmoid units", "zh": "10 个 S 型函数神经元"},
    "nb05.relu_units": {"en": "10 ReLU units", "zh": "10 个 ReLU 神经元"},
    "nb05.model_sigmoid": {"en": "56 days in, 10 sigmoid", "zh": "输入 56 天，10 个 S 型函数"},
    "nb05.model_relu": {"en": "56 days in, 10 ReLU", "zh": "输入 56 天，10 个 ReLU"},
    "nb05.col_model": {"en": "model", "zh": "模型"},
    "nb05.col_train_ours": {"en": "train L (ours)", "zh": "训练 L（我们的）"},
    "nb05.col_test_ours": {"en": "test L' (ours)", "zh": "测试 L'（我们的）"},
    "nb05.col_train_book": {"en": "train L (book)", "zh": "训练 L（书中）"},
    "nb05.col_test_book": {"en": "test L' (book)", "zh": "测试 L'（书中）"},
    "nb05.training_06": {
        "en": "notebook 06's training: {epochs} epochs at η = {lr:g}, then {settle} at "
              "η = {small:g}, batches of {batch} days (here: {here_epochs} epochs at "
              "η = {here_lr:g})",
        "zh": "笔记本 06 的训练方式：{epochs} 个回合，η = {lr:g}；然后 {settle} 个回合，"
              "η = {small:g}；批量大小 {batch} 天（这里：{here_epochs} 个回合，η = {here_lr:g}）",
    },
    "nb05.relu_here": {
        "en": "10 ReLU units: training data {train:.3f}k, test data {test:.3f}k views "
              "(trained here)",
        "zh": "10 个 ReLU：训练数据 {train:.3f}k，测试数据 {test:.3f}k 次观看（按这里的方式训练）",
    },
    "nb05.relu_as_06": {
        "en": "10 ReLU units: training data {train:.3f}k, test data {test:.3f}k views "
              "(trained as in notebook 06, seed {seed})",
        "zh": "10 个 ReLU：训练数据 {train:.3f}k，测试数据 {test:.3f}k 次观看"
              "（按笔记本 06 的方式训练，随机种子 {seed}）",
    },
    "nb05.shorter_is_higher": {
        "en": "With notebook 06's shorter training the same network ends with higher errors, "
              "on the training data and on the test data.",
        "zh": "按笔记本 06 较短的训练方式，同一个网络最后的误差更高，"
              "训练数据和测试数据上都是如此。",
    },
    "nb05.shorter_not_higher": {
        "en": "With notebook 06's shorter training the errors are not higher on both the "
              "training data and the test data.",
        "zh": "按笔记本 06 较短的训练方式，误差并不是在训练数据和测试数据上都更高。",
    },
    "nb05.by_hand": {
        "en": "by hand (∂e/∂w, ∂e/∂b, ∂e/∂c, ∂e/∂b_out):",
        "zh": "手算（∂e/∂w, ∂e/∂b, ∂e/∂c, ∂e/∂b_out）：",
    },
    "nb05.finite_differences": {"en": "finite differences:", "zh": "有限差分："},
    "nb05.same_on_that_day": {
        "en": "same as Network.backward on that day, to 1e-12: {same}",
        "zh": "与 Network.backward 在这一天的结果相同（误差小于 1e-12）：{same}",
    },
    # --- the checker's messages for this notebook's exercises (exercises.py) ---------------
    "checks.forward.no_bias": {
        "en": "✗ The units' biases are missing: r = b + W·x. Hint: add the vector b to every row "
              "of X @ W.T.",
        "zh": "✗ 漏掉了神经元的偏置：r = b + W·x。提示：把向量 b 加到 X @ W.T 的每一行上。",
    },
    "checks.forward.no_activation": {
        "en": "✗ The activation is missing: without σ the network is a linear model. Hint: "
              "a = σ(r) before the output.",
        "zh": "✗ 漏掉了激活函数：没有 σ，这个网络就只是一个线性模型。提示：在输出之前先算 a = σ(r)"
              "。",
    },
    "checks.forward.no_c": {
        "en": "✗ The units' outputs are added up without their weights c. Hint: y = b + cᵀ·a: "
              "each unit's a_i times its own c_i.",
        "zh": "✗ 神经元的输出被直接相加，没有乘以权重 c。提示：y = b + cᵀ·a：每个神经元的 a_i 乘以"
              "它自己的 c_i。",
    },
    "checks.forward.no_b_out": {
        "en": "✗ Your outputs are off by the same amount: the output's bias b_out is missing. "
              "Hint: y = b + cᵀ·a ends with + b_out.",
        "zh": "✗ 你的输出处处差了同一个量：漏掉了输出的偏置 b_out。提示：y = b + cᵀ·a，最后还要"
              "加上 b_out。",
    },
    "checks.forward.hint": {
        "en": "follow the three lines of the table above, for all days at once: each day is a "
              "row of X, so W·x becomes X @ W.T.",
        "zh": "按上表的三行，一次算出所有天：每一天是 X 的一行，所以 W·x 就写成 X @ W.T。",
    },
    "checks.one_neuron.no_slope": {
        "en": "✗ The sigmoid's slope is missing: going back through a = σ(r) multiplies by "
              "σ'(r). Hint: every step backwards multiplies by the slope of that step.",
        "zh": "✗ 漏掉了 Sigmoid 的斜率：反向经过 a = σ(r) 时要乘以 σ'(r)。提示：每往回走一步，都要"
              "乘以这一步的斜率。",
    },
    "checks.one_neuron.slope_of_r": {
        "en": "✗ The sigmoid's slope is written with r: σ'(r) = σ(r)·(1 - σ(r)) is a formula in "
              "a = σ(r), not in r. Hint: use the a you computed going forward.",
        "zh": "✗ Sigmoid 的斜率用 r 来写了：σ'(r) = σ(r)·(1 - σ(r)) 是关于 a = σ(r) 的式子，不是"
              "关于 r 的。提示：用前向计算时得到的 a。",
    },
    "checks.one_neuron.no_x": {
        "en": "✗ ∂e/∂w equals ∂e/∂b: x is missing. Hint: r = b + w·x, so ∂r/∂w = x and "
              "∂r/∂b = 1.",
        "zh": "✗ ∂e/∂w 与 ∂e/∂b 相等：漏掉了 x。提示：r = b + w·x，所以 ∂r/∂w = x，∂r/∂b = 1。",
    },
    "checks.one_neuron.w_for_x": {
        "en": "✗ ∂e/∂w uses w where x belongs. Hint: r = b + w·x, so ∂r/∂w = x (the factor "
              "that multiplies w).",
        "zh": "✗ ∂e/∂w 在该用 x 的地方用了 w。提示：r = b + w·x，所以 ∂r/∂w = x（乘在 w 上的那个"
              "因子）。",
    },
    "checks.one_neuron.no_c": {
        "en": "✗ ∂e/∂w and ∂e/∂b miss the factor c. Hint: on the way back, y = b_out + c·a "
              "gives ∂y/∂a = c.",
        "zh": "✗ ∂e/∂w 和 ∂e/∂b 少了因子 c。提示：往回走时，y = b_out + c·a 给出 ∂y/∂a = c。",
    },
    "checks.one_neuron.sign": {
        "en": "✗ All four values have the wrong sign. Hint: ∂|y - ŷ|/∂y = sign(y - ŷ): output "
              "minus label.",
        "zh": "✗ 四个值的符号都反了。提示：∂|y - ŷ|/∂y = sign(y - ŷ)：输出减标签。",
    },
    "checks.one_neuron.hint": {
        "en": "go backwards one step at a time from ∂e/∂y: through y = b_out + c·a, then "
              "a = σ(r), then r = b + w·x; each step multiplies by its own local slope.",
        "zh": "从 ∂e/∂y 开始一步一步往回走：先经过 y = b_out + c·a，再经过 a = σ(r)，最后经过 "
              "r = b + w·x；每一步都乘以这一步自己的局部斜率。",
    },
    "checks.layer_backward.dW_T": {
        "en": "✗ ∂L/∂W has the shape of Wᵀ, (d, m), where W's shape (m, d) was expected. Hint: "
              "a gradient always has the shape of its parameter.",
        "zh": "✗ ∂L/∂W 的形状是 Wᵀ 的 (d, m)，而预期是 W 的形状 (m, d)。提示：梯度的形状总是与它"
              "对应的参数相同。",
    },
    "checks.layer_backward.db_axis": {
        "en": "✗ ∂L/∂b has one value per day, where one per unit was expected: you summed over "
              "the units. Hint: add up the contributions of the days, axis=0 (down the rows).",
        "zh": "✗ ∂L/∂b 每天一个值，而预期是每个神经元一个值：你是对神经元求和的。提示：把各天的贡献"
              "加起来，用 axis=0（沿着行往下加）。",
    },
    "checks.layer_backward.db_mean": {
        "en": "✗ ∂L/∂b is N times too small: the 1/N of the mean is already inside dR (it came "
              "from ∂L/∂y). Hint: add up the days' contributions, do not average them again.",
        "zh": "✗ ∂L/∂b 小了 N 倍：平均值里的 1/N 已经包含在 `dR` 中了（它来自 ∂L/∂y）。"
              "提示：把各天的"
              "贡献加起来，不要再求一次平均。",
    },
    "checks.layer_backward.hint": {
        "en": "each gradient has the shape of what it is the gradient of: ∂L/∂W like W (m, d), "
              "∂L/∂b like b (m,), ∂L/∂A_in like A_in (n_days, d); the days' contributions are "
              "added up.",
        "zh": "每个梯度的形状都与它对应的量相同：∂L/∂W 与 W 一样是 (m, d)，∂L/∂b 与 b 一样是 (m,)，"
              "∂L/∂A_in 与 A_in 一样是 (n_days, d)；各天的贡献要加起来。",
    },
}
