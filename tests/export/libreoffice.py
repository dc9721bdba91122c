"""A LibreOffice headless that tests talk to through Python-UNO (``uno_driver.py``).

The driver runs under the system python (``/usr/bin/python3`` with Debian's ``python3-uno``)
in a subprocess, starts one ``soffice --headless`` on a named pipe (no network needed, as
under ``unshare -rn``) with its own profile, and answers JSON commands. One is started per test
session (the ``libreoffice`` fixture in ``conftest.py``): starting soffice is the slow part.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"
DRIVER = Path(__file__).with_name("uno_driver.py")
XLSX_FILTER = "Calc MS Excel 2007 XML"
ODS_FILTER = "calc8"
XLS_FILTER = "MS Excel 97"


def available() -> str | None:
    """Why LibreOffice + UNO cannot be used here, or None."""
    if shutil.which("soffice") is None:
        return "LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True)
    if probe.returncode != 0:
        return "Python-UNO is not installed for /usr/bin/python3: apt-get install python3-uno"
    return None


class LibreOffice:
    """One soffice process; each method is one command to it."""

    def __init__(self, root: Path) -> None:
        profile = (root / "profile").as_uri()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
        env["HOME"] = str(root)
        # The driver's and soffice's stderr go to a file, quoted when the driver stops: never to
        # pytest's inherited stderr, which this session-long child would write into any test.
        self._errors_path = root / "uno-driver-stderr.log"
        self._errors = self._errors_path.open("wb")
        self.proc = subprocess.Popen(
            [SYSTEM_PYTHON, str(DRIVER), f"svmi_test_{os.getpid()}", profile],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._errors,
            text=True,
            env=env,
            cwd=root,
        )

    def call(self, **cmd: Any) -> dict[str, Any]:
        assert self.proc.stdin and self.proc.stdout
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            errors = self._errors_path.read_text(errors="replace")[-3000:]
            raise RuntimeError(f"the UNO driver stopped (exit {self.proc.poll()}): {errors}")
        out: dict[str, Any] = json.loads(line)
        if not out.get("ok"):
            raise RuntimeError(out.get("error"))
        return out

    def open(self, path: Path) -> None:
        self.call(op="open", path=str(path))

    def set(self, sheet: str, cell: str, value: Any) -> None:
        self.call(op="set", sheet=sheet, cell=cell, value=value)

    def set_date(self, sheet: str, cell: str, iso: str) -> None:
        self.call(op="set", sheet=sheet, cell=cell, value=None, date=iso)

    def set_many(self, cells: list[tuple[str, str, Any]]) -> None:
        self.call(op="setmany", cells=[list(c) for c in cells])

    def calc(self) -> None:
        self.call(op="calc")

    def get(self, sheet: str, cells: list[str]) -> list[Any]:
        values: list[Any] = self.call(op="get", sheet=sheet, cells=cells)["values"]
        return values

    def charts(self, sheet: str) -> list[dict[str, Any]]:
        charts: list[dict[str, Any]] = self.call(op="charts", sheet=sheet)["charts"]
        return charts

    def save(self, path: Path, filter_name: str = XLSX_FILTER, options: str = "") -> None:
        self.call(op="save", path=str(path), filter=filter_name, options=options)

    def close(self) -> None:
        self.call(op="close")

    def quit(self) -> None:
        assert self.proc.stdin
        try:
            self.proc.stdin.write(json.dumps({"op": "quit"}) + "\n")
            self.proc.stdin.close()
            self.proc.wait(timeout=60)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
        finally:
            if self.proc.stdout is not None:  # closed: no ResourceWarning (warnings are errors)
                self.proc.stdout.close()
            self._errors.close()


@pytest.fixture(scope="session")
def libreoffice(tmp_path_factory: pytest.TempPathFactory) -> Any:
    reason = available()
    if reason:
        pytest.skip(reason)
    lo = LibreOffice(tmp_path_factory.mktemp("uno"))
    try:
        yield lo
    finally:
        lo.quit()
