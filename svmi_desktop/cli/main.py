"""Entry point of ``svmi``: argument parsing and one-line errors for user mistakes.

Each command group lives in its own module with ``register(subparsers)``; a command's
handler returns the exit code. User errors (:class:`SvmiError`) print one line to stderr
and exit 2; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import SvmiError

#: Modules in this package that add sub-commands.
COMMAND_MODULES: tuple[str, ...] = (
    "compare_cmd",  # issue 14
    "consortium_cmd",  # issue 14
    "criteria_cmd",
    "evaluate_cmd",
    "export_cmd",
    "import_cmd",
    "sessions_cmd",
    "pack_cmd",  # issue 15
    "room_cmd",  # issue 15
)

EXIT_USER_ERROR = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USER_ERROR, f"svmi: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="svmi", description="Social Value Maturity Index, from the command line.")
    parser.add_argument("--version", action="version", version=f"svmi {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__package__}.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.handler(args)
    except SvmiError as exc:
        print(f"svmi: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except BrokenPipeError:
        return 1
    except KeyboardInterrupt:
        print("svmi: interrupted", file=sys.stderr)
        return 130
    return code


def run() -> None:
    sys.exit(main())
