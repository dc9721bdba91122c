"""``svmi evaluate FILE``: results and action plan of an assessment file, as JSON."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..domain.results import assess
from ..formats import assessment_file
from ..formats.results_json import evaluation_dict
from .common import add_data_dir, index_library
from .output import print_json


def register(sub: Any) -> None:
    p = sub.add_parser("evaluate", help="print the results and action plan of a .svmi.json file")
    p.add_argument("file", type=Path)
    add_data_dir(p)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    library = index_library(args)
    assessment = assessment_file.read(args.file, library)
    index = library.get(assessment.index_id)
    print_json(evaluation_dict(index, assessment, assess(index, assessment)))
    return 0
