"""Texts shown by helpers/data.py."""

MESSAGES: dict[str, dict[str, str]] = {
}
