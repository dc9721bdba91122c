"""How long a piece of text may be: what one spreadsheet cell holds (32,767 characters).

Checked when text is entered, so that every stored assessment can be exported whole: the
workbook refuses longer text rather than cutting it, so the app refuses it first.
"""

from __future__ import annotations

from ..errors import SvmiError

MAX_TEXT = 32_767


class TextTooLongError(SvmiError):
    """A text field longer than :data:`MAX_TEXT`; nothing was changed."""


def too_long_message(text: str, field: str) -> str:
    """The one message for text over the limit, wherever it is met (entry, file, workbook)."""
    return (
        f"{field} is {len(text):,} characters; the limit is {MAX_TEXT:,} (what one "
        "spreadsheet cell holds), so shorten it; nothing was changed"
    )


def check_length(text: str, field: str) -> str:
    """Return ``text`` unchanged, or raise :class:`TextTooLongError` naming the field."""
    if len(text) > MAX_TEXT:
        raise TextTooLongError(too_long_message(text, field))
    return text
