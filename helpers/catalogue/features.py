"""Texts shown by helpers/features.py."""

MESSAGES: dict[str, dict[str, str]] = {
}
