"""Texts shown by helpers/models.py."""

MESSAGES: dict[str, dict[str, str]] = {
    "models.activation": {
        "en": "activation must be one of {names}, got {activation!r}",
        "zh": "`activation` 必须是 {names} 之一，现在是 {activation!r}",
    },
    "models.backward_first": {
        "en": "call forward(X) before backward(dy)",
        "zh": "先调用 forward(X)，再调用 backward(dy)",
    },
    "models.theta_size": {
        "en": "θ has {size} values but the shapes {shapes} need {need}.",
        "zh": "θ 有 {size} 个值，但形状 {shapes} 需要 {need} 个。",
    },
}
