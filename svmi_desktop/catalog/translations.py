"""Optional translated text in an index file: ``statement_cy = "..."`` beside ``statement``.

The English keys stay the verbatim source; a translation sits beside its key with a language
suffix (``statement_cy``, ``action_cy``, ``question_cy``, ``title_cy``, ``short_cy``,
``display_cy``, ``prompt_cy``), and the level descriptions in a ``[levels_cy]`` table. Each is
optional: where one is missing the screen shows the English. Bounded like the English text.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import CriteriaError

LANGUAGE_RE = re.compile(r"^(?P<field>[a-z]+)_(?P<lang>[a-z]{2})$")
MAX_TRANSLATION = 32_767

Translations = tuple[tuple[str, str], ...]


def split_translations(
    raw: dict[str, Any], fields: set[str], where: str
) -> tuple[dict[str, Any], Translations]:
    """``raw`` without its ``<field>_<lang>`` keys, and those keys' texts (sorted pairs)."""
    rest: dict[str, Any] = {}
    found: list[tuple[str, str]] = []
    for key, value in raw.items():
        match = LANGUAGE_RE.match(key) if isinstance(key, str) else None
        if match is None or match["field"] not in fields:
            rest[key] = value
            continue
        if not isinstance(value, str) or not value.strip():
            raise CriteriaError(f"{where}: key {key!r} must be non-empty text")
        if len(value) > MAX_TRANSLATION:
            raise CriteriaError(
                f"{where}: key {key!r} is longer than {MAX_TRANSLATION:,} characters"
            )
        found.append((key, value))
    return rest, tuple(sorted(found))


def level_translations(
    data: dict[str, Any], level_keys: set[str], name: str
) -> tuple[dict[str, Any], Translations]:
    """The ``[levels_<lang>]`` tables: ``("follower_cy", "...")`` pairs; ``data`` without them."""
    rest: dict[str, Any] = {}
    found: list[tuple[str, str]] = []
    for key, value in data.items():
        match = LANGUAGE_RE.match(key) if isinstance(key, str) else None
        if match is None or match["field"] != "levels":
            rest[key] = value
            continue
        where = f"{name}, [{key}]"
        if not isinstance(value, dict):
            raise CriteriaError(f"{where}: must be a table of level descriptions")
        unknown = sorted(set(value) - level_keys)
        if unknown:
            raise CriteriaError(f"{where}: unknown key {unknown[0]!r}")
        for level, text in value.items():
            if not isinstance(text, str) or not text.strip():
                raise CriteriaError(f"{where}: key {level!r} must be non-empty text")
            found.append((f"{level}_{match['lang']}", text))
    return rest, tuple(sorted(found))
