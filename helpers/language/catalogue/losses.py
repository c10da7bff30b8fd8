"""Texts shown by helpers/losses.py."""

MESSAGES: dict[str, dict[str, str]] = {
    "losses.unknown": {
        "en": "loss must be one of {names}, got {name!r}",
        "zh": "`loss` 必须是 {names} 之一，现在是 {name!r}",
    },
}
