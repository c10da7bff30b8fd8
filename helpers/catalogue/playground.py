"""Texts shown by helpers/playground.py."""

MESSAGES: dict[str, dict[str, str]] = {
}
