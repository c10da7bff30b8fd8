"""Texts shown by helpers/training.py."""

MESSAGES: dict[str, dict[str, str]] = {
}
