"""Texts shown by helpers/pieces.py."""

MESSAGES: dict[str, dict[str, str]] = {
}
