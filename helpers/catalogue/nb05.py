"""Texts of notebook 05's own figure code and printed results."""

MESSAGES: dict[str, dict[str, str]] = {
}
