"""The fuzz worker: make one mutated file from its seed, import it, and say what happened.

Runs in a pool of spawned processes. Each worker works in its own empty folders (current
directory, temporary directory, input folder), so that after every case it can check that the
import wrote nothing anywhere (no partial import) and did not change the file it read. A case
that runs longer than :data:`HANG_SECONDS` is interrupted by a timer signal and reported as a
hang.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.errors import SvmiError
from svmi_desktop.formats import assessment_file
from svmi_desktop.importing import ImportResult, import_file
from svmi_desktop.importing.isolated import peak_memory_bytes

from .mutate import mutate_json, mutate_workbook

HANG_SECONDS = 5.0

_state: dict[str, Any] = {}


class Hang(BaseException):
    """Raised by the timer; a BaseException, so no ``except Exception`` in the app can eat it."""


def _alarm(signum: int, frame: object) -> None:
    raise Hang()


def init(bases: dict[str, list[bytes]], root: str) -> None:
    folder = Path(tempfile.mkdtemp(prefix="worker-", dir=root))
    for sub in ("cwd", "tmp", "in", "indexes"):
        (folder / sub).mkdir()
    os.chdir(folder / "cwd")
    tempfile.tempdir = str(folder / "tmp")
    os.environ["TMPDIR"] = str(folder / "tmp")
    _state.update(bases=bases, folder=folder, library=IndexLibrary(folder / "indexes"))
    signal.signal(signal.SIGALRM, _alarm)


def make_case(
    seed: int, kind: str, n: int, bases: dict[str, list[bytes]]
) -> tuple[bytes, list[str]]:
    rng = random.Random(f"{seed}:{kind}:{n}")
    base = rng.choice(bases[kind])
    return (mutate_workbook if kind == "xlsx" else mutate_json)(rng, base)


def snapshot(folder: Path) -> list[tuple[str, int]]:
    return sorted((str(p.relative_to(folder)), p.stat().st_size) for p in folder.rglob("*"))


def run_case(case: tuple[int, str, int]) -> dict[str, Any]:
    seed, kind, n = case
    folder: Path = _state["folder"]
    try:
        data, done = make_case(seed, kind, n, _state["bases"])
    except Exception:  # a bug in the mutations, not in the app: reported apart
        return {
            "kind": kind,
            "n": n,
            "mutations": [],
            "name": "",
            "outcome": "harness",
            "traceback": traceback.format_exc()[-2000:],
            "seconds": 0.0,
            "wrote": [],
            "input_unchanged": True,
        }
    name = f"case-{n}.xlsx" if kind == "xlsx" else f"case-{n}.svmi.json"
    path = folder / "in" / name
    path.write_bytes(data)
    before = snapshot(folder)
    out: dict[str, Any] = {"kind": kind, "n": n, "mutations": done, "name": name}
    start = time.perf_counter()
    result: ImportResult | None = None
    signal.setitimer(signal.ITIMER_REAL, HANG_SECONDS)
    try:
        result = import_file(path, _state["library"])
    except Hang:
        out["outcome"] = "hang"
    except SvmiError as exc:
        out.update(outcome="refused", type=type(exc).__name__, message=str(exc))
    except Exception as exc:
        out.update(
            outcome="crash",
            type=type(exc).__name__,
            message=str(exc)[:300],
            traceback=traceback.format_exc()[-2000:],
        )
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    out["seconds"] = time.perf_counter() - start
    # the worker's peak resident memory so far: an upper bound of this case's peak (issue 9)
    out["peak_memory"] = peak_memory_bytes()
    if result is not None:
        out["outcome"] = "imported"
        try:
            text = assessment_file.dumps(result.assessment)
            again = assessment_file.loads(text, _state["library"], "round trip")
            out["round_trip"] = again == result.assessment and assessment_file.dumps(again) == text
        except Exception as exc:
            out["round_trip"] = False
            out["round_trip_error"] = f"{type(exc).__name__}: {exc}"[:300]
        out["differences_ok"] = all(isinstance(d, str) for d in result.differences)
    after = snapshot(folder)
    out["wrote"] = [entry for entry in after if entry not in before]
    out["input_unchanged"] = path.read_bytes() == data
    with contextlib.suppress(OSError):
        path.unlink()
    return out


def run_batch(cases: list[tuple[int, str, int]]) -> list[dict[str, Any]]:
    return [run_case(case) for case in cases]
