"""Texts shown by helpers/experiments.py."""

MESSAGES: dict[str, dict[str, str]] = {
}
