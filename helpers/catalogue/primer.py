"""Texts of the numpy primer notebook (00b) and its checked exercises."""

MESSAGES: dict[str, dict[str, str]] = {
}
