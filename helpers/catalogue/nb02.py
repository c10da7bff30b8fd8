"""Texts of notebook 02's own figure code and printed results."""

MESSAGES: dict[str, dict[str, str]] = {
}
