"""Where the bundled index files are, and which ids are valid: the part of the catalog the
start screen needs, without the domain classes and the validation of :mod:`.loader`."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import CriteriaError

INDEX_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


def criteria_dir() -> Path:
    """The folder of bundled index files, in a source checkout or an installed wheel."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_criteria", here.parent / "criteria"):
        if candidate.is_dir():
            return candidate
    raise CriteriaError(f"the bundled criteria folder is missing (looked beside {here})")


def bundled_index_ids() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in criteria_dir().glob("*.toml")))
