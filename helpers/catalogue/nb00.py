"""Texts of notebook 00's own figure code and printed results."""

MESSAGES: dict[str, dict[str, str]] = {
}
