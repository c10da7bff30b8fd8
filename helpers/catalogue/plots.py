"""Texts shown by helpers/plots.py."""

MESSAGES: dict[str, dict[str, str]] = {
}
