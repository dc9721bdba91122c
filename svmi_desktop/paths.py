"""Where SVMI Desktop keeps its files: platformdirs defaults, or one folder given by ``--data-dir``.

No I/O happens at import; :meth:`AppPaths.ensure` creates the folders when the app starts.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "SVMI Desktop"
APP_AUTHOR = "SVMI"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path  # the database, its backups, the user's own index files
    log_dir: Path  # crash logs
    config_dir: Path  # settings (e.g. the default To address for email drafts)

    @classmethod
    def default(cls) -> AppPaths:
        import platformdirs

        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        )

    @classmethod
    def under(cls, base: Path) -> AppPaths:
        """Everything in one folder (``--data-dir``), so tests and portable use stay contained."""
        base = Path(base)
        return cls(data_dir=base, log_dir=base / "logs", config_dir=base / "config")

    @classmethod
    def resolve(cls, data_dir: Path | str | None) -> AppPaths:
        return cls.under(Path(data_dir)) if data_dir else cls.default()

    @property
    def database(self) -> Path:
        return self.data_dir / "svmi.sqlite3"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def indexes_dir(self) -> Path:
        return self.data_dir / "indexes"

    def ensure(self) -> None:
        for folder in (self.data_dir, self.log_dir, self.config_dir):
            private_dir(folder)


#: Modes of the app's own folders and files on POSIX (issue 9): the sessions, backups, logs and
#: settings are the user's alone. Exports are not: they keep the user's umask (``fileio``).
PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def private_dir(folder: Path) -> Path:
    """Make ``folder`` (and missing parents) and leave it readable by its owner only.

    An existing folder is tightened too (earlier versions made it 0755); a folder that cannot be
    changed (read-only media, someone else's) is left as it is.
    """
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    private(folder, PRIVATE_DIR)
    return folder


def private(path: Path, mode: int = PRIVATE_FILE) -> None:
    """``chmod`` to ``mode`` on POSIX if the mode differs; errors are ignored."""
    if os.name == "nt":
        return
    try:
        if path.stat().st_mode & 0o777 != mode:
            os.chmod(path, mode)
    except OSError:
        pass
