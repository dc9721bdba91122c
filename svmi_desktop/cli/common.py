"""Options shared by several commands: the data folder and the indexes it makes available."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..catalog import IndexLibrary
from ..paths import AppPaths


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        type=Path,
        metavar="DIR",
        help="the app's data folder (default: the platform's user data folder); "
        "indexes you added in the app are found there",
    )


def app_paths(args: argparse.Namespace) -> AppPaths:
    return AppPaths.resolve(getattr(args, "data_dir", None))


def index_library(args: argparse.Namespace) -> IndexLibrary:
    """Bundled indexes plus the user's own from the data folder (read only; nothing is created)."""
    return IndexLibrary(app_paths(args).indexes_dir)
