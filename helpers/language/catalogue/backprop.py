"""Texts shown by helpers/backprop.py (notebook 05's one-neuron section)."""

MESSAGES: dict[str, dict[str, str]] = {
    "backprop.graph_title": {
        "en": "One neuron as a computation graph: values go forward (black), gradients ∂e/∂· "
              "come back (vermillion)",
        "zh": "把一个神经元画成计算图：数值向前传（黑色），梯度 ∂e/∂· 向后传（朱红色）",
    },
    "backprop.graph_title_forward": {
        "en": "One neuron as a computation graph: values go forward, left to right",
        "zh": "把一个神经元画成计算图：数值从左往右向前传",
    },
}
