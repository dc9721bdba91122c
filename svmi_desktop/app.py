"""``svmi-desktop``: parse the command line, then start the window, or write the demo's exports
when there is no display at all (so the README's first command shows something on a server)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

PAGES = ("start", "theme", "results", "plan")
HEADLESS_FOLDER = "svmi-demo-exports"


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="svmi-desktop",
        description="Run a Social Value Maturity Index workshop: answers, radar chart, action plan.",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="keep the sessions in this folder")
    parser.add_argument(
        "--demo", action="store_true", help="open the bundled example workshop (added once)"
    )
    parser.add_argument(
        "--screenshot", metavar="PNG", help="render a page after its first paint, save it, exit"
    )
    parser.add_argument("--page", choices=PAGES, default="start", help="page for --screenshot")
    parser.add_argument(
        "--language",
        choices=("en", "cy"),
        default=None,
        help="the interface language for this run (default: View > Language, or the system's)",
    )
    return parser.parse_args(argv)


def no_display() -> bool:
    """True on Linux when there is no X or Wayland display and no Qt platform was chosen."""
    if not sys.platform.startswith("linux"):
        return False
    return not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def headless_demo(folder: Path = Path(HEADLESS_FOLDER)) -> int:
    """Write the demo's exports instead of opening a window (never imports PySide6)."""
    print(f"No display found: writing the demo exports to {folder} instead.", flush=True)
    from .catalog import IndexLibrary
    from .errors import SvmiError
    from .formats import assessment_file
    from .resources import demo_path

    try:
        from .services.exports import export_all  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        print("svmi-desktop: this build cannot write exports yet", file=sys.stderr)
        return 1
    library = IndexLibrary()
    try:
        assessment = assessment_file.read(demo_path(), library.get)
        folder.mkdir(parents=True, exist_ok=True)
        result = export_all(library.get(assessment.index_id), assessment, folder, overwrite=True)
    except (SvmiError, OSError) as error:
        print(f"svmi-desktop: {error}", file=sys.stderr)
        return 1
    for path in _written(result):
        print(f"  {path}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if no_display():
        if not args.screenshot:
            return headless_demo()
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # The window's modules that do not use Qt come first: once PySide6 is imported, it reads
    # the source of every module imported after it (for ``from __feature__``), some 12 ms here.
    from . import catalog, paths, storage  # noqa: F401
    from .services import workshop  # noqa: F401
    from .ui.application import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())


def _written(result: object) -> list[Path]:
    """The files an export wrote (``ExportResult.written`` maps format → path)."""
    written = getattr(result, "written", None) or getattr(result, "paths", None) or []
    if isinstance(written, dict):
        written = list(written.values())
    return [Path(p) for p in written]
