"""Where issue 17's new cells go in notebooks 01-06: the exercises, notebook 05's one-neuron
section and notebook 06's training playground (see docs/exercises-plan.md).

PLAN: notebook -> [(anchor cell id, "after" | "before", items)], in notebook order. An item
is ("exercise", key, task markdown, first) -- four cells made by tools/exercise_cells.py,
`first` adds the import of `check` -- or (kind, cell id, source) for a plain cell.
ZH: cell id -> the Chinese text of each new markdown cell (solutions are made from the code).

Apply with `python tools/exercise_cells.py insert all` (or one notebook), then re-execute the
notebooks and rebuild the Chinese edition. Anchors are the ids of cells as they were when this
plan was written; tests/test_exercise_notebooks.py fails, naming the cell, if one is gone.
"""

# ruff: noqa: E501  -- the Chinese texts: ruff counts a CJK character as two columns

from __future__ import annotations

HOW = ("Run the cell, then the check under it: **✓** right, **✗** what is off and a hint, "
       "**○** not done yet (notebook 00b explains). The solution is folded under the check: "
       "try first.")
HOW_ZH = ("先运行这个单元格，再运行它下面的检查：**✓** 表示正确，**✗** 指出哪里不对并给出提示，**○** 表示"
          "还没有完成（笔记本 00b 有详细说明）。参考答案折叠在检查下面：请先自己试一试。")

PLAN: dict[str, list] = {
    "01_linear_model.ipynb": [
        ("0cdfaf75", "after", [  # after the loss by hand for three days
            ("exercise", "mae", f"""### Exercise: the loss as a function

Write `mae(pred, y_true)`: the loss `L = mean|y - ŷ|` of any model outputs `pred` against the
labels `y_true`, for all days at once, in one line (no loop). {HOW}""", True),
        ]),
        ("4ef7df4a", "after", [  # after the gradient's formulas, before the step by hand
            ("exercise", "mae_gradient", """### Exercise: the gradient of the MAE

Write `mae_gradient(w, b, x, y_true)`: the two partial derivatives `(∂L/∂w, ∂L/∂b)` of the MAE
of the line `y = b + w·x1`, from the formulas above, for all days at once. The cell after the
exercises computes the same numbers at `w0 = b0 = 0`.""", False),
            ("exercise", "gd_step", """### Exercise: one step of gradient descent

Write `gd_step(w, b, dL_dw, dL_db, eta)`: the parameters `(w1, b1)` after one step downhill with
the learning rate `eta` (η).""", False),
        ]),
    ],
    "02_more_days.ipynb": [
        ("19fd1d1a", "after", [  # after "Linear models on the previous 7, 28 and 56 days"
            ("markdown", "nb02-features-intro", """### The features, built by hand

`train_test(views, k)` makes the examples of every day: the views of the `k` days before it,
yesterday first, and the day's own views as the label. Build them yourself first: one day's
window, then every day's."""),
            ("exercise", "window", f"""### Exercise: the window of one day

Write `window(views, t, k)`: the features `x1, …, xk` of day `t`, that is the views of the `k`
days before `t`, **yesterday first** (`x1 = views[t-1]`). {HOW}""", True),
            ("exercise", "features", """### Exercise: the windows of every day

Write `features(views, k)`: `X` with one row per day that has `k` days before it (row `i` is
the window of day `t = k + i`, made with your `window`) and `y`, the views of each such day.""",
             False),
        ]),
    ],
    "03_piecewise_linear.ipynb": [
        ("7503a292", "after", [  # after the table of the pieces (hard_sigmoid_pieces)
            ("exercise", "piece", f"""### Exercise: one piece from its two bend points

`hard_sigmoid_pieces` made the table above. Write its rule for one piece yourself:
`piece(xa, ya, xb, yb)` returns the `(c, b, w)` of the hard sigmoid whose ramp runs from the bend
point `(xa, ya)` to the next one, `(xb, yb)`. {HOW}""", True),
        ]),
        ("4b4612b3", "after", [  # after the picture of the pieces and their running sum
            ("exercise", "curve", """### Exercise: the curve from its constant and pieces

Write `curve(x, constant, pieces)`: `constant + Σ_i c_i·hard_sigmoid(b_i + w_i·x1)` for every
`x1` in `x`, with `pieces` one row `(c, b, w)` per piece (as `hard_sigmoid_pieces` returns them).
`piece_curves` above does the sum for you; do it in numpy.""", False),
        ]),
    ],
    "04_sigmoid.ipynb": [
        ("7d32cba4", "after", [  # after the still pictures of what c, b and w do
            ("exercise", "sigmoid_slope", f"""### Exercise: the sigmoid's slope

The table above finds the steepest slope `c·w/4` by measuring it. Training needs the slope of
σ everywhere (notebook 05). Write `sigmoid_slope(z)`: `dσ/dz` for every `z`, written with
`sigmoid(z)`. {HOW}""", True),
        ]),
        ("9f598958", "after", [  # after the three sigmoids in place of the hard ones
            ("exercise", "sigmoid_sum", """### Exercise: the book's new model

Write `sigmoid_sum(x1, b, c, bi, wi)`: `y = b + Σ_i c_i·σ(b_i + w_i·x1)` for every `x1` at once,
with one `c_i`, `b_i`, `w_i` per sigmoid. The three sigmoids above are one test case.""", False),
        ]),
        ("cd6b7ba6", "after", [  # after the three activation functions, before 'two ReLUs'
            ("exercise", "hard_sigmoid_relu", """### Exercise: a hard sigmoid from two ReLUs

Before reading on: write `hard_sigmoid_relu(x, c, b, w)`, the curve
`c·hard_sigmoid(b + w·x1)`, using only `relu` (no `np.clip`, no `hard_sigmoid`). The next cell
shows the answer with sliders.""",
             False),
        ]),
    ],
    "05_training_the_network.ipynb": [
        ("d79b8010", "after", [  # after one day by hand, before all days at once
            ("exercise", "forward", f"""### Exercise: the forward pass for all days at once

The cell above computes one day. Write `forward(X, W, b, c, b_out)`: the outputs `y` of every
day, one row of `X` per day, with matrix products and no loop. (The next cells show how
`Network.forward` does it.) {HOW}""", True),
        ]),
        ("526d7c47", "before", [  # the one-neuron section, before the matrix backpropagation
            ("markdown", "nb05-neuron-intro", """### Backpropagation (反向传播), one neuron first

The gradient comes from the chain rule (链式法则), applied from the output back to the input.
See it first on the smallest network: one day, **one input** `x`, **one sigmoid unit**, **one
output**, with numbers chosen to check by hand: `x = 2, w = 0.5, b = -1, c = 2, b_out = 1`
and the label `ŷ = 3`. The loss of this one day is its error `e = |y - ŷ|`. Forward:"""),
            ("code", "nb05-neuron-forward", """from helpers.backprop import NEURON_EXAMPLE, one_neuron

steps = one_neuron(**NEURON_EXAMPLE)
for name, formula, value in steps.forward():
    print(f"{name} = {formula:<11} = {value:g}")"""),
            ("markdown", "nb05-neuron-backward-text", """`r = 0`, so `a = σ(0) = 1/2`. Backward,
start from the slope of the error in the output, `∂e/∂y = sign(y - ŷ) = -1` (the output is below
the label), and walk back through the three forward lines. Each step multiplies what arrived
from the right by **one local slope**: `y = b_out + c·a` has slope `a` in `c`, `1` in `b_out`
and `c` in `a`; `a = σ(r)` has slope `σ'(r) = a(1 - a) = 1/4` (notebook 04); `r = b + w·x` has
slope `x` in `w` and `1` in `b`."""),
            ("code", "nb05-neuron-backward", """for name, formula, value in steps.backward():
    print(f"{name:<9} = {formula:<16} = {value:g}")"""),
            ("markdown", "nb05-neuron-graph-text", """The same two passes as a **computation
graph** (计算图): every box is a value or an operation, every arrow carries a value forward
(black) and, on the way back, the gradient of the error with respect to that value
(vermillion). A gradient is the product of the local slopes on the path from `e` back to it."""),
            ("code", "nb05-neuron-graph", """from helpers.backprop import draw_neuron_graph

draw_neuron_graph(steps)
plt.show()"""),
            ("markdown", "nb05-neuron-check-text", """Never trust a gradient worked out by hand
either. `Network(1, 1, activation="sigmoid")` is this very neuron (θ = `w, b, c, b_out`);
`Network.backward` and finite differences give the same four numbers:"""),
            ("code", "nb05-neuron-check", """from helpers.gradcheck import numeric_gradient

neuron = Network(1, 1, activation="sigmoid")
p = NEURON_EXAMPLE
neuron.set_theta(np.array([p["w"], p["b"], p["c"], p["b_out"]]))
X1, y1 = np.array([[p["x"]]]), np.array([p["y_true"]])
g_backprop = flatten(neuron.backward(mae_grad(neuron.forward(X1), y1)))


def error(theta):
    neuron.set_theta(theta)
    return mae(neuron.forward(X1), y1)


g_numeric = numeric_gradient(error, neuron.get_theta())
print("by hand (∂e/∂w, ∂e/∂b, ∂e/∂c, ∂e/∂b_out):", steps.gradient())
print("Network.backward:                        ", np.round(g_backprop, 6))
print("finite differences:                      ", np.round(g_numeric, 6))"""),
            ("exercise", "one_neuron", """### Exercise: one neuron's backward pass

Write `one_neuron(x, w, b, c, b_out, y_true)`: forward, then backward, and return
`(∂e/∂w, ∂e/∂b, ∂e/∂c, ∂e/∂b_out)` for `e = |y - ŷ|`. The example above is one test case; the
others use other numbers.""", False),
            ("markdown", "nb05-layer-text", """### The same steps for a layer

With `m` units the lines do not change, they run unit by unit: `r = b + W·x` and `a = σ(r)` are
vectors `(m,)`, `∂e/∂c = ∂e/∂y·a` and `∂e/∂a = ∂e/∂y·c` too, `∂e/∂r = ∂e/∂a · a(1 - a)`
element by element, and each unit's weights get `∂e/∂r_i` times the inputs: `∂e/∂W` is the
outer product `∂e/∂r · xᵀ`, shape `(m, 56)`. For the first training day and the network of
section 2:"""),
            ("code", "nb05-layer", """from helpers.backprop import layer_steps

day = layer_steps(X[0], W, b, c, b_out[0], y[0])
print(f"r {day.r.shape}, a {day.a.shape}, ∂e/∂r {day.de_dr.shape}, ∂e/∂W {day.de_dW.shape}")
one_day = [g.ravel() for g in net.backward(mae_grad(net.forward(X[:1]), y[:1]))]
print("same as Network.backward on that day, to 1e-12:",
      bool(np.max(np.abs(day.gradient() - np.concatenate(one_day))) < 1e-12))"""),
            ("markdown", "nb05-matrix-bridge", """For many days the loss is their mean, so
every day's gradient is added up (with the `1/N` of the mean inside `∂L/∂y`). The matrix form
does all days at once: the outer products become one matrix product, and the sums over the
days become sums over an axis."""),
        ]),
        ("526d7c47", "after", [  # after the matrix table of backpropagation, before its code
            ("exercise", "layer_backward", """### Exercise: one layer's backward pass

Write `layer_backward(dR, A_in, W)`: given `∂L/∂r` of every day and unit (`dR`), the layer's
inputs `A_in` and weights `W`, return `(∂L/∂W, ∂L/∂b, ∂L/∂A_in)` as in the table. The next cell
does the same for the network above.""", False),
        ]),
    ],
    "06_deeper_and_overfitting.ipynb": [
        ("60f80d66", "after", [  # after choosing the depth on validation data
            ("exercise", "choose", f"""### Exercise: choose on validation data

`ex.choose_on_validation` made the choice above. Write it yourself: `choose(runs)` returns the
name of the model to keep from a table of runs like `val_runs` (one row per model and seed,
columns `model, seed, train, val, test`). {HOW}""", True),
        ]),
        ("1784a822", "after", [  # after the curves over epochs
            ("exercise", "best_epoch", """### Exercise: early stopping from a curve

Write `best_epoch(epochs, train, val)`: the epoch at which to stop, from the errors measured
at `epochs` (here every 5th epoch) on the training and validation data.""", False),
        ]),
        ("d30312a4", "after", [  # after the closing note's numbers, before "Try it"
            ("markdown", "nb06-playground-intro", """## 13. Your turn: a training playground

Train networks yourself, like TensorFlow Playground but on the views: choose the number of
hidden layers (1–4), the units per layer, the activation (ReLU or sigmoid), the learning rate η,
the epochs and the seed, and press **train**. On the left, the MAE on the training data
(2017–2019) and on the validation year (2020), epoch by epoch; in the middle, the prediction
against the truth; on the right, what the first layer's units compute as functions of one input
`x_j` (the slider under the picture; the other inputs at their mean). ReLU units are ramps, the
pieces of notebook 03's hard sigmoids; sigmoid units are notebook 04's S-curves. **stop** ends a
long run at the current epoch. (Where widgets do not run, the picture shows the starting
settings after training.)"""),
            ("code", "nb06-playground", """from helpers.playground import Playground

playground = Playground(views)
playground.display()"""),
            ("markdown", "nb06-playground-try", """Things to try:

- **1 unit**: one ramp, so the network is a bent line. How much better than the linear model?
- **4 layers of 100, 500 epochs**: watch the validation curve turn up while the training curve
  keeps falling, and press **stop** at its lowest point: early stopping by hand.
- **η = 0.1**, then **0.0001**: too large bounces, too small crawls (notebook 01).
- **sigmoid vs ReLU**, same size and seed; then **another seed**: how much does one run vary?"""),
        ]),
    ],
}

ZH: dict[str, str] = {
    # 01
    "ex-mae-task": f"""### 练习：把损失写成函数

写出 `mae(pred, y_true)`：对任意模型输出 `pred` 和标签 `y_true`，一行代码（不用循环）一次算出所有天的损失
`L = mean|y - ŷ|`。{HOW_ZH}""",
    "ex-mae-gradient-task": """### 练习：MAE 的梯度

写出 `mae_gradient(w, b, x, y_true)`：直线 `y = b + w·x1` 的 MAE 的两个偏导数 `(∂L/∂w, ∂L/∂b)`，按上面的
公式一次算完所有天。练习后面的单元格会在 `w0 = b0 = 0` 处算出同样的数。""",
    "ex-gd-step-task": """### 练习：梯度下降的一步

写出 `gd_step(w, b, dL_dw, dL_db, eta)`：以学习率 `eta`（η）往下坡走一步之后的参数 `(w1, b1)`。""",
    # 02
    "nb02-features-intro": """### 亲手构造特征

`train_test(views, k)` 为每一天构造样本：这一天之前 `k` 天的观看次数（前一天在最前面）作为特征，这一天
自己的观看次数作为标签。先自己动手构造：先是某一天的窗口，再是所有天的窗口。""",
    "ex-window-task": f"""### 练习：某一天的窗口

写出 `window(views, t, k)`：第 `t` 天的特征 `x1, …, xk`，即第 `t` 天之前 `k` 天的观看次数，**前一天在最前面**
（`x1 = views[t-1]`）。{HOW_ZH}""",
    "ex-features-task": """### 练习：所有天的窗口

写出 `features(views, k)`：`X` 中每一行对应一个之前有 `k` 天数据的日子（第 `i` 行是第 `t = k + i` 天的
窗口，用你写的 `window` 生成），`y` 是这些日子各自的观看次数。""",
    # 03
    "ex-piece-task": f"""### 练习：由两个转折点得到一段

上面的表是 `hard_sigmoid_pieces` 算出来的。请自己写出其中一段的规则：`piece(xa, ya, xb, yb)` 返回斜坡从
转折点 `(xa, ya)` 延伸到下一个转折点 `(xb, yb)` 的那个 Hard Sigmoid 的 `(c, b, w)`。{HOW_ZH}""",
    "ex-curve-task": """### 练习：由常数和各段得到整条曲线

写出 `curve(x, constant, pieces)`：对 `x` 中的每个 `x1` 计算 `constant + Σ_i c_i·hard_sigmoid(b_i + w_i·x1)`，
其中 `pieces` 每段一行 `(c, b, w)`（与 `hard_sigmoid_pieces` 的返回值相同）。上面的 `piece_curves` 替你
做了这个求和；现在请用 numpy 自己来做。""",
    # 04
    "ex-sigmoid-slope-task": f"""### 练习：Sigmoid 的斜率

上表通过测量得出最大斜率是 `c·w/4`。训练需要 σ 在每一处的斜率（笔记本 05）。写出 `sigmoid_slope(z)`：
用 `sigmoid(z)` 表示每个 `z` 处的 `dσ/dz`。{HOW_ZH}""",
    "ex-sigmoid-sum-task": """### 练习：书中的新模型

写出 `sigmoid_sum(x1, b, c, bi, wi)`：一次对所有 `x1` 计算 `y = b + Σ_i c_i·σ(b_i + w_i·x1)`，每个 Sigmoid
有自己的 `c_i`、`b_i`、`w_i`。上面的三个 Sigmoid 就是一个测试用例。""",
    "ex-hard-sigmoid-relu-task": """### 练习：用两个 ReLU 拼出 Hard Sigmoid

先别往下读：写出 `hard_sigmoid_relu(x, c, b, w)`，即曲线 `c·hard_sigmoid(b + w·x1)`，只能用 `relu`
（不用 `np.clip`，也不用 `hard_sigmoid`）。下一个单元格会用滑块展示答案。""",
    # 05
    "ex-forward-task": f"""### 练习：一次算出所有天的前向传播

上面的单元格只算了一天。写出 `forward(X, W, b, c, b_out)`：每一天的输出 `y`，`X` 每天一行，用矩阵乘法，
不用循环。（接下来的单元格展示 `Network.forward` 是怎么做的。）{HOW_ZH}""",
    "nb05-neuron-intro": """### 反向传播：先看一个神经元

梯度来自链式法则，从输出一路往回用到输入。先在最小的网络上看一看：一天的数据、**一个输入** `x`、**一个
Sigmoid 神经元**、**一个输出**，数字选得可以手算：`x = 2, w = 0.5, b = -1, c = 2, b_out = 1`，标签
`ŷ = 3`。这一天的损失就是它的误差 `e = |y - ŷ|`。前向计算：""",
    "nb05-neuron-backward-text": """`r = 0`，所以 `a = σ(0) = 1/2`。反向计算：从误差对输出的斜率
`∂e/∂y = sign(y - ŷ) = -1`（输出低于标签）开始，沿着三行前向计算往回走。每一步都把从右边传来的数乘以
**一个局部斜率**：`y = b_out + c·a` 对 `c` 的斜率是 `a`，对 `b_out` 是 `1`，对 `a` 是 `c`；`a = σ(r)` 的斜率是
`σ'(r) = a(1 - a) = 1/4`（笔记本 04）；`r = b + w·x` 对 `w` 的斜率是 `x`，对 `b` 是 `1`。""",
    "nb05-neuron-graph-text": """把同样的两趟计算画成**计算图**：每个方框是一个数值或一个运算，每个箭头
向前传递一个数值（黑色），往回时传递误差对这个数值的梯度（朱红色）。一个梯度，就是从 `e` 回到它的路径上
各个局部斜率的乘积。""",
    "nb05-neuron-check-text": """手算的梯度也不能轻信。`Network(1, 1, activation="sigmoid")` 正是这个
神经元（θ = `w, b, c, b_out`）；`Network.backward` 和有限差分给出同样的四个数：""",
    "ex-one-neuron-task": """### 练习：一个神经元的反向传播

写出 `one_neuron(x, w, b, c, b_out, y_true)`：先前向、再反向，对 `e = |y - ŷ|` 返回
`(∂e/∂w, ∂e/∂b, ∂e/∂c, ∂e/∂b_out)`。上面的例子是一个测试用例，其余的用例用的是别的数。""",
    "nb05-layer-text": """### 同样的步骤用于一层

有 `m` 个神经元时，这几行并不改变，只是对每个神经元各算一遍：`r = b + W·x` 和 `a = σ(r)` 是 `(m,)`
的向量，`∂e/∂c = ∂e/∂y·a` 和 `∂e/∂a = ∂e/∂y·c` 也是，`∂e/∂r = ∂e/∂a · a(1 - a)` 逐元素计算，每个神经元
的权重得到 `∂e/∂r_i` 乘以输入：`∂e/∂W` 是外积 `∂e/∂r · xᵀ`，形状为 `(m, 56)`。以第一个训练日和第 2 节
的网络为例：""",
    "nb05-matrix-bridge": """有很多天时，损失是它们的平均，所以要把每一天的梯度加起来（平均值里的 `1/N`
包含在 `∂L/∂y` 中）。矩阵形式一次处理所有天：各天的外积变成一次矩阵乘法，对各天的求和变成按轴求和。""",
    "ex-layer-backward-task": """### 练习：一层的反向传播

写出 `layer_backward(dR, A_in, W)`：已知每一天、每个神经元的 `∂L/∂r`（`dR`）、这一层的输入 `A_in` 和权重
`W`，按上表返回 `(∂L/∂W, ∂L/∂b, ∂L/∂A_in)`。下一个单元格对上面的网络做同样的计算。""",
    # 06
    "ex-choose-task": f"""### 练习：在验证集上做选择

上面的选择是由 `ex.choose_on_validation` 做出的。请自己写一个：`choose(runs)` 从一张类似 `val_runs` 的
训练记录表（每个模型、每个种子一行，列为 `model, seed, train, val, test`）中返回应当保留的模型的名字。
{HOW_ZH}""",
    "ex-best-epoch-task": """### 练习：从曲线上早停

写出 `best_epoch(epochs, train, val)`：根据在 `epochs`（这里每 5 个回合测一次）上测得的训练数据和验证集
误差，返回应当停止的回合。""",
    "nb06-playground-intro": """## 13. 轮到你了：训练练习场

像 TensorFlow Playground 那样自己训练网络，只不过用的是观看次数的数据：选择隐藏层数（1–4）、每层的神经元
数、激活函数（ReLU 或 Sigmoid）、学习率 η、回合数和随机种子，然后点击**训练**。左图是训练数据（2017–2019）
和验证集（2020）上逐回合的 MAE；中图是预测值与真实值的对比；右图是第一层各个神经元作为某个输入 `x_j` 的
函数（图下方的滑块选择 `j`，其他输入取平均值）所计算的结果。ReLU 神经元是一段段斜坡，也就是笔记本 03 中
Hard Sigmoid 的组成部分；Sigmoid 神经元则是笔记本 04 中的 S 形曲线。**停止**会在当前回合结束一次较长的
训练。（在无法运行交互控件的地方，图中显示的是初始设置训练后的结果。）""",
    "nb06-playground-try": """可以试试：

- **1 个神经元**：只有一段斜坡，网络就是一条折线。它比线性模型好多少？
- **4 层、每层 100 个神经元、500 个回合**：看验证曲线在训练曲线继续下降时开始上升，并在它的最低点点击
  **停止**：亲手做一次早停。
- **η = 0.1**，再试 **0.0001**：太大会来回跳，太小则走得很慢（笔记本 01）。
- **Sigmoid 与 ReLU**，同样的大小和种子；再换**另一个种子**：一次训练的结果会有多大变化？""",
}
