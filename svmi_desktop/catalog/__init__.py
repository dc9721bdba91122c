"""Loading and validating index files (criteria/*.toml and the user's own)."""

from .library import IndexLibrary
from .loader import bundled_index_ids, criteria_dir, load_index, load_index_file

__all__ = ["IndexLibrary", "bundled_index_ids", "criteria_dir", "load_index", "load_index_file"]
