"""Texts shown by helpers/models.py."""

MESSAGES: dict[str, dict[str, str]] = {
}
