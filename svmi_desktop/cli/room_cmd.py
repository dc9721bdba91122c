"""``svmi room personal ID -o DIR [-n N] [--xlsx]`` and ``svmi room merge ID FILES...``.

Every voice counted, from the command line: write blank personal files for a stored session's
participants, and count the returned ones into the session as a spread of views (counts only).
Files for another index, and a person's file already counted, are refused with a message and
nothing of theirs is stored. Both need the app closed (they write to the sessions database).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..catalog import IndexLibrary
from ..errors import SvmiError
from ..storage import Store
from .common import add_data_dir, app_paths
from .output import print_text


def register(sub: Any) -> None:
    p = sub.add_parser("room", help="personal files out, returned files merged into a session")
    cmds = p.add_subparsers(dest="room_command", required=True, parser_class=type(p))
    c = cmds.add_parser("personal", help="write blank personal files for a session's participants")
    c.add_argument("id", type=int, help="the session id (svmi sessions list)")
    c.add_argument(
        "-o", "--output", type=Path, required=True, metavar="DIR", help="folder to write"
    )
    c.add_argument("-n", "--count", type=int, default=8, help="how many files (default 8)")
    c.add_argument("--xlsx", action="store_true", help="workbooks instead of .svmi.json files")
    add_data_dir(c)
    c.set_defaults(handler=run_personal)
    c = cmds.add_parser("merge", help="count returned personal files into a session")
    c.add_argument("id", type=int, help="the session id (svmi sessions list)")
    c.add_argument("files", type=Path, nargs="+", help="returned .svmi.json files or workbooks")
    add_data_dir(c)
    c.set_defaults(handler=run_merge)


def run_personal(args: argparse.Namespace) -> int:
    from ..services.room_files import write_blank_files

    paths = app_paths(args)
    library = IndexLibrary(paths.indexes_dir)
    with Store.open(paths, read_only=True) as store:
        assessment = store.load(args.id)
    written = write_blank_files(
        library.get(assessment.index_id),
        assessment,
        args.output,
        args.count,
        "xlsx" if args.xlsx else "json",
    )
    print_text("\n".join(str(p) for p in written))
    return 0


def run_merge(args: argparse.Namespace) -> int:
    """Exit 0 when every file was counted, 1 when some were refused, 2 when none was counted."""
    from ..services.room_files import merge_paths

    paths = app_paths(args)
    library = IndexLibrary(paths.indexes_dir)
    with Store.open(paths) as store:
        assessment = store.load(args.id)
        index = library.get(assessment.index_id)
        result = merge_paths(index, assessment, args.files, library.get)
        if result.counted:
            store.set_room(args.id, assessment.room.with_spread(result.spread, result.returned))
    for _, message in result.refused:
        print(f"svmi: {message}", file=sys.stderr)
    if not result.counted:
        raise SvmiError("no file was counted; nothing was changed")
    n = len(result.counted)
    print_text(
        f"Counted {n} file{'s' if n != 1 else ''} into session {args.id}; "
        f"{len(result.returned)} in all."
    )
    return 1 if result.refused else 0
