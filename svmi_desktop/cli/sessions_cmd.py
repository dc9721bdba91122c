"""``svmi sessions list|show|export|import|delete``: the stored workshop sessions (DESIGN.md §7).

Every sub-command takes ``--data-dir DIR`` (default: the app's own data folder). Reading
commands work while the app is open (they fall back to a read-only view); ``import`` and
``delete`` need the app closed. A deletion is purged when the command ends: a command has no undo.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..catalog import IndexLibrary
from ..domain.assessment import Assessment
from ..errors import SvmiError
from ..fileio import ExistsError
from ..formats import assessment_file
from ..paths import AppPaths
from ..storage import StorageError, Store, StoreLockedError, StoreReadOnlyError
from ..storage.store import describe_time
from .common import app_paths
from .output import print_json, print_text


def register(sub: Any) -> None:
    p = sub.add_parser("sessions", help="list, show, export, import or delete stored sessions")
    p.add_argument("--data-dir", type=Path, default=None, help="folder of the sessions database")
    cmds = p.add_subparsers(dest="sessions_command", required=True, parser_class=type(p))
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help="folder of the sessions database (default: the app's data folder)",
    )

    c = cmds.add_parser("list", parents=[common], help="list the stored sessions, newest first")
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(handler=run_list)

    c = cmds.add_parser("show", parents=[common], help="print a session as assessment-file JSON")
    c.add_argument("id", type=int)
    c.set_defaults(handler=run_show)

    c = cmds.add_parser("export", parents=[common], help="write a session to a .svmi.json file")
    c.add_argument("id", type=int)
    c.add_argument("-o", "--output", type=Path, required=True, help="the .svmi.json file to write")
    c.add_argument("--force", action="store_true", help="replace the file if it exists")
    c.set_defaults(handler=run_export)

    c = cmds.add_parser(
        "import",
        parents=[common],
        help="store a .svmi.json file or a workbook SVMI Desktop exported as a new session",
    )
    c.add_argument("file", type=Path)
    c.set_defaults(handler=run_import)

    c = cmds.add_parser("delete", parents=[common], help="delete a session for good")
    c.add_argument("id", type=int)
    c.set_defaults(handler=run_delete)


def _note_recovery(store: Store) -> None:
    if store.recovery is not None:
        print(f"svmi: {store.recovery.message}", file=sys.stderr)


def _open_for_reading(paths: AppPaths) -> Store | None:
    """The store to read from (read-only if the app has it open); ``None`` if there is none yet."""
    if not paths.database.exists():
        return None
    try:
        store = Store.open(paths)
    except (StoreLockedError, StoreReadOnlyError):  # open in the app, or a read-only folder
        return Store.open(paths, read_only=True)
    _note_recovery(store)
    return store


def _load(paths: AppPaths, session_id: int) -> Assessment:
    store = _open_for_reading(paths)
    if store is None:
        raise StorageError(f"There is no session {session_id}; no sessions are stored yet.")
    with store:
        return store.load(session_id)


def run_list(args: argparse.Namespace) -> int:
    store = _open_for_reading(app_paths(args))
    sessions = []
    if store is not None:
        with store:
            sessions = store.list_sessions()
    if args.json:
        print_json(
            [
                {
                    "id": s.id,
                    "organisation": s.organisation,
                    "index": s.index_id,
                    "date": s.date.isoformat(),
                    "updated": s.updated.isoformat(timespec="seconds"),
                }
                for s in sessions
            ]
        )
        return 0
    if not sessions:
        print_text("No sessions are stored yet.")
        return 0
    rows = [("ID", "Date", "Index", "Updated", "Organisation")] + [
        (str(s.id), s.date.isoformat(), s.index_id, describe_time(s.updated), s.organisation)
        for s in sessions
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    print_text(
        "\n".join(
            "  ".join(cell.ljust(w) for cell, w in zip(r[:4], widths, strict=True)) + "  " + r[4]
            for r in rows
        )
    )
    return 0


def run_show(args: argparse.Namespace) -> int:
    lineage = _lineage(app_paths(args), args.id)  # issue 14
    print_json(assessment_file.to_dict(_load(app_paths(args), args.id), lineage))
    return 0


def _lineage(paths: AppPaths, session_id: int) -> Any:  # issue 14: the history keys
    store = _open_for_reading(paths)
    if store is None:
        return None
    with store:
        return store.lineage(session_id)


def run_export(args: argparse.Namespace) -> int:
    assessment = _load(app_paths(args), args.id)
    lineage = _lineage(app_paths(args), args.id)  # issue 14
    try:
        written = assessment_file.write(
            args.output, assessment, overwrite=args.force, lineage=lineage
        )
    except ExistsError:
        raise SvmiError(
            f"{args.output} already exists; use --force to replace it, or choose another name"
        ) from None
    print_text(str(written))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from ..services.workshop import Workshops

    paths = app_paths(args)
    library = IndexLibrary(paths.indexes_dir)
    from ..importing.isolated import read_isolated
    from ..services.history import adopt_into

    # as the window imports (Workshops.read_import): read in the memory-capped child before
    # the database is touched, so a bad file stores (and creates) nothing (issue 9)
    result = read_isolated(Path(args.file), library.get, library.user_dir)
    for line in result.report.splitlines():
        sys.stderr.buffer.write(f"note: {line}\n".encode())
    sys.stderr.flush()
    with Store.open(paths) as store:
        _note_recovery(store)
        session = Workshops(store, library).add(result.assessment)  # one transaction
        adopt_into(session, result.lineage)  # issue 14: the history the file records
    print_text(str(session.session_id))
    return 0


def run_delete(args: argparse.Namespace) -> int:
    paths = app_paths(args)
    if not paths.database.exists():
        raise StorageError(f"There is no session {args.id}; no sessions are stored yet.")
    with Store.open(paths) as store:
        _note_recovery(store)
        name = store.load(args.id).organisation.name
        store.delete_session(args.id)
    # closing purged it: the text is gone from the database and its WAL
    print_text(f"Deleted session {args.id} ({name}).")
    if store.checkpoint_deferred:
        print(f"svmi: {store.checkpoint_deferred}", file=sys.stderr)
    return 0
