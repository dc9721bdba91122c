"""User-facing errors: each carries one plain-English sentence that can be shown as it is.

Anything else that escapes is a bug and goes to the crash dialog or a traceback.
"""

from __future__ import annotations


class SvmiError(Exception):
    """An error caused by the user's input or environment, with a message fit to show."""


class CriteriaError(SvmiError):
    """An index (criteria) file is missing, malformed or inconsistent."""


class FileFormatError(SvmiError):
    """An assessment file or workbook cannot be read as an SVMI assessment."""
