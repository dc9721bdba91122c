"""Importing in a child process with a memory cap, so a hostile file cannot take the window down.

The window (issue 9) reads a file to import through :func:`read_isolated`: a fresh Python process
runs :func:`~svmi_desktop.importing.import_file` under ``RLIMIT_AS`` (:data:`MEMORY_LIMIT`) and a
time limit, and hands back the assessment as assessment-file JSON on its standard output, which
is then read again here through the same checks. However the child ends (out of memory, killed,
too slow), the window gets one plain-English :class:`~svmi_desktop.errors.FileFormatError` and
nothing is stored. Where a child cannot be started (a frozen build) the import runs in process,
behind the same pre-flight bounds.

Run as ``python -m svmi_desktop.importing.isolated FILE [INDEX_FOLDER]``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from ..errors import FileFormatError, SvmiError
from ..formats import assessment_file
from ..formats.assessment_file import IndexResolver
from ..formats.history_keys import read_lineage

#: The child's address-space cap: Python with the workbook reader maps about 45 MB; any file
#: within the pre-flight bounds reads in well under 200 MB (docs/proof.md).
MEMORY_LIMIT = 512 * 1024 * 1024
#: The longest an import may take before the child is stopped.
TIME_LIMIT = 30.0


def read_isolated(path: Path, resolve_index: IndexResolver, indexes_dir: Path | None) -> Any:
    """The :class:`~svmi_desktop.importing.ImportResult` for ``path``, read in a child process."""
    from . import ImportResult, import_file
    from .differences import Difference

    if getattr(sys, "frozen", False):  # pragma: no cover - no interpreter to start
        return import_file(path, resolve_index)
    command = [sys.executable, "-m", __name__, str(path)]
    if indexes_dir is not None:
        command.append(str(indexes_dir))
    try:
        proc = subprocess.run(command, capture_output=True, timeout=TIME_LIMIT, check=False)
    except subprocess.TimeoutExpired:
        raise FileFormatError(
            f"{path.name} took more than {TIME_LIMIT:.0f} seconds to read, so it was not imported"
        ) from None
    except OSError as exc:
        raise FileFormatError(f"{path.name} could not be read ({exc.strerror or exc})") from None
    reply = _reply(proc.stdout)
    if reply is None:
        raise FileFormatError(
            f"{path.name} needs more memory or time to read than any SVMI workbook does, so it "
            "was not imported"
        )
    if not reply.get("ok"):
        raise FileFormatError(str(reply.get("message") or f"{path.name} could not be imported"))
    data = reply["assessment"]
    # read again through the same checks, the history keys (issue 14) included
    assessment = assessment_file.from_dict(data, resolve_index, path.name)
    lineage = read_lineage(data, path.name) if isinstance(data, dict) else None
    differences = [Difference(*map(str, d)) for d in reply.get("differences", [])]
    return ImportResult(assessment, differences, str(reply.get("kind", "")), lineage)


def _reply(out: bytes) -> dict[str, Any] | None:
    try:
        reply = json.loads(out.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    return reply if isinstance(reply, dict) else None


def peak_memory_bytes() -> int:
    """This process's peak resident memory so far, or 0 where unknown.

    Linux's ``VmHWM`` (reset when a program starts); elsewhere ``ru_maxrss``, which Linux
    carries over from the parent across ``fork`` and ``exec`` and so would not be the child's.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return int(peak) * (1 if sys.platform == "darwin" else 1024)


def _limit_memory() -> None:
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = MEMORY_LIMIT if hard == resource.RLIM_INFINITY else min(MEMORY_LIMIT, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def main(argv: list[str]) -> int:
    _limit_memory()
    from ..catalog import IndexLibrary
    from . import import_file

    path = Path(argv[0])
    library = IndexLibrary(Path(argv[1]) if len(argv) > 1 else None)
    try:
        result = import_file(path, library.get)
        reply: dict[str, Any] = {
            "ok": True,
            "assessment": assessment_file.to_dict(result.assessment, result.lineage),
            "differences": [[d.field, d.old, d.new] for d in result.differences],
            "kind": result.kind,
        }
    except SvmiError as error:
        reply = {"ok": False, "message": str(error)}
    except MemoryError:
        reply = {
            "ok": False,
            "message": f"{path.name} needs more memory to read than any SVMI workbook does, so "
            "it was not imported",
        }
    reply["peak_memory"] = peak_memory_bytes()
    sys.stdout.write(json.dumps(reply, ensure_ascii=True))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
