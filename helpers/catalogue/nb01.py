"""Texts of notebook 01's own figure code and printed results."""

MESSAGES: dict[str, dict[str, str]] = {
}
