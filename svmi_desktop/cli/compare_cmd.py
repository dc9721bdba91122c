"""``svmi compare A B [--pdf P] [--xlsx X] [--force]``: two sessions of one index, as JSON.

A and B are each a session id of the data folder (``svmi sessions list``) or a file (a
``.svmi.json`` or a submission workbook). The earlier is *then*, the later *now*; the JSON has
each theme's level then, now and the target, the change in steps and words, the criteria that
changed and the progress of each action of *then*'s plan.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import SvmiError
from .common import add_data_dir, app_paths, index_library
from .output import print_json


def register(sub: Any) -> None:
    p = sub.add_parser(
        "compare",
        help="compare two sessions or files of the same index (JSON on stdout)",
        description="Theme by theme: then, now and the target, the change, the criteria that "
        "changed and the progress of each of the earlier plan's actions.",
    )
    p.add_argument("first", help="a session id or a .svmi.json / .xlsx file")
    p.add_argument("second", help="a session id or a .svmi.json / .xlsx file")
    p.add_argument("--pdf", type=Path, metavar="P", help="also write the comparison as a PDF")
    p.add_argument("--xlsx", type=Path, metavar="X", help="also write it as a workbook")
    p.add_argument("--force", action="store_true", help="replace files that already exist")
    add_data_dir(p)
    p.set_defaults(handler=run)


def load_either(args: argparse.Namespace, what: str, library: Any) -> Any:
    """A session (by id) or a file (by path), as an Assessment."""
    path = Path(what)
    if what.isdigit() and not path.exists():
        from .sessions_cmd import _load

        return _load(app_paths(args), int(what))
    from ..importing import import_file

    return import_file(path, library).assessment


def run(args: argparse.Namespace) -> int:
    from ..domain.compare import comparison_dict
    from ..domain.progress import since_last_time
    from ..fileio import write_atomic

    for target in (args.pdf, args.xlsx):
        if target is not None and target.exists() and not args.force:
            raise SvmiError(
                f"{target} already exists; use --force to replace it, or choose another name"
            )
    library = index_library(args)
    a, b = load_either(args, args.first, library), load_either(args, args.second, library)
    if b.workshop.date < a.workshop.date:
        a, b = b, a
    since = since_last_time(library.get(b.index_id), a, b)
    out = comparison_dict(since.comparison)
    out["headline"] = since.headline
    out["actions"] = [
        {
            "theme": p.item.theme,
            "criterion": p.item.criterion,
            "action": p.item.action,
            "status": p.status_now.v1_value,  # DESIGN section 7's values, as svmi evaluate
            "met": p.met_now,
            "progress": p.state.value,
        }
        for p in since.progress
    ]
    if args.pdf or args.xlsx:
        from ..export.comparison_export import (
            comparison_facts,
            comparison_pdf,
            comparison_workbook,
        )

        facts = comparison_facts(since, b)
        for target, build in ((args.pdf, comparison_pdf), (args.xlsx, comparison_workbook)):
            if target is None:
                continue
            write_atomic(target, build(facts), overwrite=True)
    print_json(out)
    return 0
