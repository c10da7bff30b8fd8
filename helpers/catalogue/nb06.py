"""Texts of notebook 06's own figure code and printed results."""

MESSAGES: dict[str, dict[str, str]] = {
}
