"""``svmi criteria [INDEX] [--json]``: show an index, or list the bundled ones."""

from __future__ import annotations

import argparse
import textwrap
from pathlib import Path
from typing import Any

from ..catalog import bundled_index_ids, load_index, load_index_file
from ..domain.criteria import Index
from ..formats.results_json import index_dict
from .output import print_json, print_text


def register(sub: Any) -> None:
    p = sub.add_parser("criteria", help="show an index's themes and criteria")
    p.add_argument("index", nargs="?", help="index id (public-sector, business) or a .toml file")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=run)


def resolve(name: str) -> Index:
    """An index by bundled id, or from a path to the user's own file."""
    if name.endswith(".toml") or "/" in name or "\\" in name:
        return load_index_file(Path(name))
    return load_index(name)


def run(args: argparse.Namespace) -> int:
    if args.index is None:
        ids = bundled_index_ids()
        if args.json:
            print_json([{"id": i, "title": load_index(i).title} for i in ids])
        else:
            print_text("\n".join(f"{i}\t{load_index(i).title}" for i in ids))
        return 0
    index = resolve(args.index)
    if args.json:
        print_json(index_dict(index))
    else:
        print_text(listing(index))
    return 0


def listing(index: Index) -> str:
    lines = [f"{index.title} ({index.id}, version {index.version})", ""]
    for level, text in index.level_descriptions.items():
        lines.append(f"  {level.label}: {text}")
    for theme in index.themes:
        lines += ["", f"{theme.code}  {theme.title}", f"   {theme.question}"]
        for c in theme.criteria:
            tag = "" if c.kind.value == "requirement" else f" [{c.kind.value}]"
            if c.same_as:
                tag += f" [same as {c.same_as}]"
            wrapped = textwrap.fill(c.text, 88, initial_indent="", subsequent_indent=" " * 10)
            lines.append(f"   {c.id:<6} {wrapped}{tag}")
    return "\n".join(lines)
