"""Texts of notebook 03's own figure code and printed results."""

MESSAGES: dict[str, dict[str, str]] = {
}
