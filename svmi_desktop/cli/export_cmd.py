"""``svmi export FILE --xlsx X --pdf P [--html H] [--board B] --eml E [--to ADDR] [--force]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..errors import SvmiError
from .common import add_data_dir, index_library


def register(sub: Any) -> None:
    p = sub.add_parser(
        "export",
        help="write the workbook, PDF or HTML report, board summary and/or email draft of a .svmi.json file",
        description="Write any subset of the exports. The email draft attaches the workbook "
        "and report made in the same run (or made just for it when not asked for).",
    )
    p.add_argument("file", type=Path, help="the .svmi.json assessment file")
    p.add_argument("--xlsx", type=Path, metavar="X", help="the submission workbook (.xlsx)")
    p.add_argument("--pdf", type=Path, metavar="P", help="the PDF report")
    p.add_argument(
        "--html",
        type=Path,
        metavar="H",
        help="the accessible report: one HTML file, for screen readers and any screen",
    )
    p.add_argument("--board", type=Path, metavar="B", help="the one-page board summary (PDF)")
    p.add_argument("--eml", type=Path, metavar="E", help="the email draft (.eml)")
    p.add_argument("--to", default="", metavar="ADDR", help="the email draft's To address(es)")
    p.add_argument("--force", action="store_true", help="replace files that already exist")
    p.add_argument(
        "--language",
        choices=("en", "cy", "cy+en"),
        default="en",
        help="the files' language: en (English), cy (Cymraeg), cy+en (bilingual, Welsh first)",
    )
    add_data_dir(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..formats import assessment_file
    from ..formats.history_keys import lineage_of_file
    from ..services.exports import export_to_paths

    targets = {
        k: getattr(args, k) for k in ("xlsx", "pdf", "html", "board", "eml") if getattr(args, k)
    }
    if not targets:
        raise SvmiError(
            "nothing to export; give at least one of --xlsx, --pdf, --html, --board, --eml"
        )
    library = index_library(args)
    assessment = assessment_file.read(args.file, library)
    index = library.get(assessment.index_id)
    export_to_paths(
        index,
        assessment,
        targets,
        overwrite=args.force,
        email_to=args.to,
        language=args.language,
        warn=lambda message: print(f"warning: {message}", file=sys.stderr),
        lineage=lineage_of_file(args.file),  # issue 14: the file's organisation key goes along
    )
    return 0
