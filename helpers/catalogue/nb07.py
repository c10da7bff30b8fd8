"""Texts of notebook 07's own figure code and printed results."""

MESSAGES: dict[str, dict[str, str]] = {
}
