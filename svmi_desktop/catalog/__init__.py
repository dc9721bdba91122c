"""Loading and validating index files (criteria/*.toml and the user's own)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .bundled import bundled_index_ids, criteria_dir
from .library import IndexLibrary

if TYPE_CHECKING:
    from .loader import load_index, load_index_file

__all__ = ["IndexLibrary", "bundled_index_ids", "criteria_dir", "load_index", "load_index_file"]


def __getattr__(name: str) -> Any:
    """The loader (and with it the domain classes) is imported when first asked for: the
    start screen needs only the bundled ids."""
    if name in ("load_index", "load_index_file"):
        from . import loader

        return getattr(loader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
