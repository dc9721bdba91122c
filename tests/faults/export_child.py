"""Child of the export kill test: a "zygote" that forks exporters for the parent to SIGKILL.

Starting Python and importing openpyxl and reportlab takes far longer than one export, so this
process imports and warms up everything once, prints ``ready <kind>=<seconds> ...`` (the time of
one export of each kind), then obeys commands on stdin, one a line:

``run MODE KIND FOLDER LOG``
    fork a child that exports KIND (xlsx, pdf, board or eml) of the demo workshop into FOLDER,
    over and over, to the same final path with ``overwrite=True``; reply ``pid N``. MODE
    ``export`` runs the whole :func:`export_to_paths` (build, then write); MODE ``write`` only
    writes the bytes built at start-up through :func:`write_atomic`, so that most kills land inside
    the write itself. MODE ``direct`` is the control: it writes the final path directly (open,
    write in 4 KB pieces, no rename), as a plain save would. The child appends one byte to LOG as it goes: ``b`` building, ``w``
    writing, ``d`` written, so the parent can tell where each kill landed.
``reap N``
    wait for child N (the parent has killed it); reply ``status S``.

The forked child never returns: it is only ever ended by SIGKILL.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from svmi_desktop import fileio
from svmi_desktop.catalog import load_index
from svmi_desktop.formats import assessment_file
from svmi_desktop.resources import demo_path
from svmi_desktop.services import exports

KINDS = ("xlsx", "pdf", "board", "eml")
INDEX = load_index("public-sector")
DEMO = assessment_file.read(demo_path(), load_index)
NAMES = exports.file_names(DEMO)


def build(kind: str) -> bytes:
    from svmi_desktop.export.summary import facts

    f = facts(INDEX, DEMO)
    built: dict[str, bytes] = {}
    return exports._build(kind, f, built, {}, DEMO, "", None)


def loop(mode: str, kind: str, folder: Path, log: Path) -> None:
    fd = os.open(log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    mark = lambda b: os.write(fd, b)
    target = folder / NAMES[kind]
    real_write = fileio.write_atomic

    def logged_write(path, data, overwrite=False):  # type: ignore[no-untyped-def]
        mark(b"w")
        out = real_write(path, data, overwrite=overwrite)
        mark(b"d")
        return out

    exports.write_atomic = logged_write  # type: ignore[assignment]
    data = PREBUILT[kind]
    while True:
        if mode == "direct":  # the control: what a plain, non-atomic save would do
            mark(b"w")
            with open(target, "wb", buffering=0) as fh:
                for i in range(0, len(data), 4096):
                    fh.write(data[i : i + 4096])
                    os.fsync(fh.fileno())
            mark(b"d")
        elif mode == "write":
            logged_write(target, data, overwrite=True)
        else:
            mark(b"b")
            exports.export_to_paths(INDEX, DEMO, {kind: target}, overwrite=True)


PREBUILT: dict[str, bytes] = {}


def main() -> None:
    timings = []
    for kind in KINDS:
        build(kind)  # warm up: imports, fonts, styles
        start = time.perf_counter()
        PREBUILT[kind] = build(kind)
        timings.append(f"{kind}={time.perf_counter() - start:.4f}")
    out = sys.stdout
    out.write("ready " + " ".join(timings) + "\n")
    out.flush()
    for line in sys.stdin:
        cmd, *args = line.split("\t")
        args = [a.rstrip("\n") for a in args]
        if cmd == "run":
            mode, kind, folder, log = args
            pid = os.fork()
            if pid == 0:  # the child: export until killed
                try:
                    sys.stdin.close()
                    loop(mode, kind, Path(folder), Path(log))
                finally:
                    os._exit(3)  # only reached if an export raised: the parent sees status 3
            out.write(f"pid {pid}\n")
        elif cmd == "reap":
            _, status = os.waitpid(int(args[0]), 0)
            out.write(f"status {status}\n")
        out.flush()


if __name__ == "__main__":
    main()
