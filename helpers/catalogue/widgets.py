"""Texts shown by helpers/widgets.py."""

MESSAGES: dict[str, dict[str, str]] = {
}
