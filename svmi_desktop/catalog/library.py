"""The indexes a user can choose from: the bundled ones plus their own validated files.

A user's index file is validated exactly like the bundled ones, then copied into the data
folder's ``indexes/`` so that sessions using it still open if the original file moves.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import CriteriaError
from .bundled import INDEX_ID_RE, bundled_index_ids

if TYPE_CHECKING:  # the loader and the domain classes are imported when an index is read
    from ..domain.criteria import Index


class IndexLibrary:
    """Resolves index ids to :class:`Index` values, bundled first, then the user's folder."""

    def __init__(self, user_dir: Path | None = None) -> None:
        self.user_dir = user_dir
        self._user_cache: dict[str, Index] = {}

    def ids(self) -> tuple[str, ...]:
        ids = list(bundled_index_ids())
        if self.user_dir and self.user_dir.is_dir():
            ids += sorted(p.stem for p in self.user_dir.glob("*.toml") if p.stem not in ids)
        return tuple(ids)

    def get(self, index_id: str) -> Index:
        from .loader import load_index, load_index_file

        if index_id in bundled_index_ids():
            return load_index(index_id)
        if index_id in self._user_cache:
            return self._user_cache[index_id]
        # Only a valid index id is looked up as a file: an id read from an imported file may
        # hold "../", a NUL or 300 characters (ValueError, ENAMETOOLONG, a file elsewhere).
        if self.user_dir and INDEX_ID_RE.fullmatch(index_id):
            path = self.user_dir / f"{index_id}.toml"
            if path.is_file():
                index = load_index_file(path)
                if index.id != index_id:
                    raise CriteriaError(
                        f"{path.name}: its id {index.id!r} does not match the file name"
                    )
                self._user_cache[index_id] = index
                return index
        raise CriteriaError(f"unknown index {index_id!r}; it is neither bundled nor added by you")

    __call__ = get

    def add_file(self, source: Path) -> Index:
        """Validate ``source`` and copy it into the user's index folder; returns the index."""
        from .loader import load_index_file

        index = load_index_file(source)
        if index.id in bundled_index_ids():
            raise CriteriaError(
                f"{source.name}: the id {index.id!r} belongs to a bundled index; give your index its own id"
            )
        if self.user_dir is None:
            raise CriteriaError("there is no folder to keep your own index files in")
        self.user_dir.mkdir(parents=True, exist_ok=True)
        target = self.user_dir / f"{index.id}.toml"
        if target.exists() and target.read_bytes() != source.read_bytes():
            raise CriteriaError(
                f"{source.name}: an index with the id {index.id!r} was added before and differs; "
                "change the id or the version"
            )
        from ..fileio import write_atomic

        write_atomic(target, source.read_bytes(), overwrite=True)
        self._user_cache[index.id] = index
        return index

    def copy_to(self, index_id: str, folder: Path) -> Path:
        """Copy a user's index file somewhere (e.g. next to an export)."""
        if not self.user_dir:
            raise CriteriaError(f"{index_id!r} is not one of your own indexes")
        import shutil

        return Path(shutil.copy2(self.user_dir / f"{index_id}.toml", folder))
