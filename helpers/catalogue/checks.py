"""Texts shown by helpers/checks.py."""

MESSAGES: dict[str, dict[str, str]] = {
}
