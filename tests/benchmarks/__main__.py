"""One benchmark command: ``python -m tests.benchmarks [--quick]`` prints every figure beside its goal.

Each benchmark module offers ``figures(quick: bool) -> list[Figure]``; this runs them in turn and
prints one table, plus the installed size of the virtual environment.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
import traceback
from pathlib import Path

from .figures import Figure, render

MODULES = ["bench_core", "bench_storage", "bench_exports", "bench_gui", "bench_consortium"]


def venv_size() -> Figure:
    root = Path(sys.prefix)
    total = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    return Figure(
        "Installed size of the virtual environment", total / 1e6, "MB", None, "(information)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--only", nargs="*", choices=MODULES, help="run only these modules")
    args = parser.parse_args(argv)
    rows: list[Figure] = []
    for name in args.only or MODULES:
        start = time.perf_counter()
        try:
            module = importlib.import_module(f"{__package__}.{name}")
            rows += module.figures(quick=args.quick)
        except Exception:  # a failing benchmark is reported, the others still run
            traceback.print_exc()
            rows.append(Figure(f"{name}: FAILED (see above)", float("nan"), "", None, ""))
        print(f"  {name} done in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    rows.append(venv_size())
    print(render(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
