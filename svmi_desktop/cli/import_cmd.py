"""``svmi import WORKBOOK_OR_JSON -o FILE.svmi.json [--force]``.

Every edit made in the workbook's visible sheets is honoured (answers, theme notes, the
Organisation sheet, the Action Plan's owners, due dates, statuses, notes and custom actions);
the report of each difference from the workbook's hidden data (field, old, new) is printed to
stderr as ``note:`` lines before the output is written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .common import add_data_dir, index_library


def register(sub: Any) -> None:
    p = sub.add_parser(
        "import",
        help="read a submission workbook (.xlsx) or .svmi.json and write it as a .svmi.json file",
    )
    p.add_argument("file", type=Path, help="the workbook SVMI Desktop exported, or a .svmi.json")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.svmi.json")
    p.add_argument("--force", action="store_true", help="replace the output if it exists")
    add_data_dir(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..formats import assessment_file
    from ..services.exports import import_path

    result = import_path(args.file, index_library(args))
    for line in result.report.splitlines():
        sys.stderr.buffer.write(f"note: {line}\n".encode())
    sys.stderr.flush()
    # issue 14: the organisation key (and baseline) the file records go along, checked
    assessment_file.write(
        args.output, result.assessment, overwrite=args.force, lineage=result.lineage
    )
    return 0
