"""``svmi pack [INDEX|FILE] -o PDF [--html H] [--session ID] [--force]``: the pack to print.

Pre-read, participant worksheet (criterion ids printed) and voting cards, as an A4 PDF and
optionally one accessible HTML file. For an index id (blank, the default public-sector), an
assessment file, or a stored session (``--session``), whose organisation, date and horizon go
on the cover.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..errors import SvmiError
from ..fileio import ExistsError, write_atomic
from .common import add_data_dir, app_paths, index_library
from .output import print_text


def register(sub: Any) -> None:
    p = sub.add_parser("pack", help="write the workshop pack: pre-read, worksheet, voting cards")
    p.add_argument(
        "source",
        nargs="?",
        default="public-sector",
        help="an index id (default public-sector) or a .svmi.json file",
    )
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PDF", help="the PDF")
    p.add_argument("--html", type=Path, metavar="H", help="also write the pack as HTML")
    p.add_argument("--session", type=int, metavar="ID", help="a stored session instead")
    p.add_argument("--force", action="store_true", help="replace files that already exist")
    add_data_dir(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from ..export.pack_content import pack
    from ..export.pack_html import pack_html
    from ..export.pack_pdf import pack_pdf
    from ..formats import assessment_file

    library = index_library(args)
    assessment = None
    if args.session is not None:
        from ..storage import Store

        with Store.open(app_paths(args), read_only=True) as store:
            assessment = store.load(args.session)
    elif args.source.endswith(".json") or Path(args.source).is_file():
        assessment = assessment_file.read(Path(args.source), library.get)
    index = library.get(assessment.index_id if assessment else args.source)
    content = pack(index, assessment)
    outputs = [(args.output, pack_pdf(content))]
    if args.html:
        outputs.append((args.html, pack_html(content).encode("utf-8")))
    for path, data in outputs:
        try:
            write_atomic(path, data, overwrite=args.force)
        except ExistsError:
            raise SvmiError(f"{path} already exists; use --force to replace it") from None
        print_text(str(path))
    return 0
