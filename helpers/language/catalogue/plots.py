"""Texts shown by helpers/frontend/plots.py: figure titles, axis labels, legends.

Matplotlib draws a text holding `$...$` as math with its own math font, which has no Chinese
characters: a Chinese text never holds `$`; it writes wᵢⱼ where the English writes $w_{ij}$.
"""

MESSAGES: dict[str, dict[str, str]] = {
    "plots.views_title": {"en": "Daily views", "zh": "每日观看次数"},
    "plots.views": {"en": "views", "zh": "观看次数"},
    "plots.training_data": {"en": "training data", "zh": "训练数据"},
    "plots.test_data": {"en": "test data", "zh": "测试数据"},
    "plots.date": {"en": "date", "zh": "日期"},
    "plots.views_k": {"en": "views (thousands)", "zh": "观看次数（千次）"},
    "plots.mae_k": {"en": "MAE (thousands of views)", "zh": "MAE（千次观看）"},
    # draw_network: the book's network y = b + cᵀ·σ(b + W·x)
    "plots.net_w": {
        "en": "weights $w_{{ij}}$: W ({units}×{inputs})",
        "zh": "权重 wᵢⱼ：W ({units}×{inputs})",
    },
    "plots.net_c": {
        "en": "weights $c_i$: c ({units},)",
        "zh": "权重 cᵢ：c ({units},)",
    },
    "plots.net_input": {
        "en": "input x ({inputs},)\nviews of the\nprevious days",
        "zh": "输入 x ({inputs},)\n前几天的\n观看次数",
    },
    "plots.net_hidden": {
        "en": "r = b + W·x,  a = {act}(r)\nbiases b ({units},)",
        "zh": "r = b + W·x，a = {act}(r)\n偏置 b ({units},)",
    },
    "plots.net_output": {
        "en": "y = b + cᵀ·a\nbias b (one number)",
        "zh": "y = b + cᵀ·a\n偏置 b（一个数）",
    },
    "plots.net_title": {
        "en": "The network: {inputs} inputs, {units} units, one output",
        "zh": "网络：{inputs} 个输入，{units} 个神经元，一个输出",
    },
    # the error surface and gradient descent's path on it
    "plots.lowest": {"en": "lowest L on the grid", "zh": "网格上最低的 L"},
    "plots.w_axis": {"en": "w (weight)", "zh": "w（权重）"},
    "plots.b_axis": {"en": "b (bias, thousands)", "zh": "b（偏置，千次）"},
    "plots.path": {"en": "path", "zh": "路径"},
    "plots.start": {"en": "start", "zh": "起点"},
    "plots.step": {"en": "step", "zh": "步数"},
    "plots.cases_title": {
        "en": "Gradient descent on L(w, b) ({loss}), {steps} steps, {n} learning rates",
        "zh": "L(w, b)（{loss}）上的梯度下降：{steps} 步，{n} 个学习率",
    },
}
