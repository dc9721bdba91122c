"""``svmi consortium FOLDER [--show-names | --hide-names] [--xlsx X] [--pdf P] [--force]``.

Reads every workbook and ``.svmi.json`` in the folder and prints the consortium view as JSON:
per theme min / median / max and count, each member's levels, the rounds. Files of another index
or version are listed apart, files that cannot be read are listed with the reason.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import SvmiError
from .common import add_data_dir, index_library
from .output import print_json


def register(sub: Any) -> None:
    p = sub.add_parser(
        "consortium",
        help="compare several bodies: a folder of workbooks and .svmi.json files (JSON on stdout)",
        description="Members × themes, min / median / max per theme, and rounds over time. Names "
        "are hidden below 5 members unless --show-names is given.",
    )
    p.add_argument("folder", type=Path, help="the folder of submissions")
    names = p.add_mutually_exclusive_group()
    names.add_argument(
        "--show-names",
        dest="names",
        action="store_const",
        const=True,
        help="show every member's name",
    )
    names.add_argument(
        "--hide-names",
        dest="names",
        action="store_const",
        const=False,
        help="number the members instead of naming them",
    )
    p.add_argument("--xlsx", type=Path, metavar="X", help="also write the comparison as a workbook")
    p.add_argument("--pdf", type=Path, metavar="P", help="also write it as a PDF")
    p.add_argument("--force", action="store_true", help="replace files that already exist")
    add_data_dir(p)
    p.set_defaults(handler=run, names=None)


def run(args: argparse.Namespace) -> int:
    from ..domain.consortium import aggregate, consortium_dict
    from ..fileio import write_atomic
    from ..importing.consortium_reader import default_workers, read_folder

    targets = [t for t in (args.xlsx, args.pdf) if t is not None]
    for target in targets:
        if target.exists() and not args.force:
            raise SvmiError(
                f"{target} already exists; use --force to replace it, or choose another name"
            )
    library = index_library(args)
    subs, refused = read_folder(
        args.folder, library.get, workers=default_workers(), indexes_dir=library.user_dir
    )
    consortium = aggregate(subs, refused, show_names=args.names)
    if args.xlsx is not None:
        from ..export.consortium_export import consortium_workbook

        write_atomic(args.xlsx, consortium_workbook(consortium), overwrite=True)
    if args.pdf is not None:
        from ..export.consortium_export import consortium_pdf

        write_atomic(args.pdf, consortium_pdf(consortium), overwrite=True)
    print_json(consortium_dict(consortium))
    return 0
