"""Index titles for the start screen and the New assessment page, read cheaply at start."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..errors import SvmiError

# A head line ``title = "..."`` whose value needs no TOML decoding: no escape, no quote, no
# control character (a tab is allowed in a TOML basic string).
_PLAIN_TITLE = re.compile(
    r'[ \t]*title[ \t]*=[ \t]*"(?P<title>[^"\\\x00-\x08\n-\x1f\x7f]*)"[ \t]*\n?'
)


def bundled_title(index_id: str) -> str | None:
    """A bundled index's title from the top-level keys at the head of its file, without
    reading and validating its hundreds of criteria (a third of the start screen's own
    build time). The bundled files are checked by the test suite; anything unexpected
    (the user's own index, no title, a head that does not parse) returns None, and the
    caller reads the whole index instead. A plain one-line ``title = "..."`` (no escapes, no
    control characters: the same value for any TOML reader) is read without importing tomllib,
    ~3 ms at start."""
    from ..catalog.bundled import bundled_index_ids, criteria_dir

    if index_id not in bundled_index_ids():
        return None
    head = []
    try:
        with (criteria_dir() / f"{index_id}.toml").open(encoding="utf-8") as file:
            for line in file:
                if line.lstrip().startswith("["):  # the first table: no more top-level keys
                    break
                head.append(line)
    except (OSError, UnicodeDecodeError):
        return None
    plain = [m for m in map(_PLAIN_TITLE.fullmatch, head) if m]
    if len(plain) == 1 and sum("title" in line for line in head) == 1:
        title: object = plain[0]["title"]
    else:
        import tomllib

        try:
            title = tomllib.loads("".join(head)).get("title")
        except tomllib.TOMLDecodeError:
            return None
    return title if isinstance(title, str) and title.strip() else None


def index_titles(workshops: Any, index_ids: Iterable[str] | None = None) -> dict[str, str]:
    """Index titles by id: of every index, or of only ``index_ids`` (an index that cannot be
    read is listed by its id)."""
    titles = {}
    for index_id in workshops.index_ids() if index_ids is None else index_ids:
        try:
            titles[index_id] = bundled_title(index_id) or workshops.index(index_id).title
        except SvmiError:
            titles[index_id] = index_id
    return titles
