"""Loading and validating index files (criteria/*.toml)."""

from .loader import bundled_index_ids, criteria_dir, load_index, load_index_file

__all__ = ["bundled_index_ids", "criteria_dir", "load_index", "load_index_file"]
