"""Texts of notebook 04's own figure code and printed results."""

MESSAGES: dict[str, dict[str, str]] = {
}
