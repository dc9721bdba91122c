"""Scaffolding shared by the fault-injection and kill tests (one home for it).

- :data:`needs_namespaces` and :func:`run_in_namespace`: the genuine full-disk and read-only tests
  run a child script inside a user and mount namespace (``unshare -rm``), where a tiny tmpfs really
  fills up and a read-only bind mount really refuses writes, and read its one JSON line back.
- :func:`start_child` and :func:`sigkill`: the kill tests start a child, kill it with SIGKILL at a
  random moment and read what it printed. The child's stderr is a pipe, never the inherited
  stderr, so a dying child cannot write into pytest's output (it is shown when a test fails).
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest


def namespaces_work() -> bool:
    """Whether an unprivileged user and mount namespace can mount a tmpfs here."""
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    try:
        probe = subprocess.run(
            [
                "unshare",
                "-rm",
                "sh",
                "-c",
                "mount -t tmpfs tmpfs /mnt 2>/dev/null || mount -t tmpfs tmpfs /tmp",
            ],
            capture_output=True,
            timeout=10,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return probe.returncode == 0


NAMESPACES = namespaces_work()
needs_namespaces = pytest.mark.skipif(
    not NAMESPACES, reason="needs unprivileged user and mount namespaces (unshare -rm)"
)


def run_in_namespace(child: Path, setup: str, folder: Path, mode: str) -> Any:
    """Run ``python CHILD MODE FOLDER`` after the shell command ``setup`` (``$0`` is FOLDER) in a
    fresh namespace; the child's JSON answer. A traceback or a non-zero exit fails the test."""
    out = subprocess.run(
        [
            "unshare",
            "-rm",
            "sh",
            "-c",
            f'{setup} && exec "$@"',
            str(folder),
            sys.executable,
            str(child),
            mode,
            str(folder),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr
    return json.loads(out.stdout)


def start_child(
    args: Sequence[str], env: Mapping[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """``python ARGS...`` with its stdout and stderr on pipes (read them with :func:`sigkill`)."""
    return subprocess.Popen(
        [sys.executable, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=None if env is None else dict(env),
    )


def sigkill(child: subprocess.Popen[bytes]) -> tuple[bytes, bytes]:
    """Kill the child with SIGKILL, wait for it and return the rest of what it printed on stdout
    and on stderr (its pipes closed). The caller checks ``child.returncode``.

    The rest is read through ``child.stdout`` itself, not ``communicate()``: that reads the raw
    pipe and would skip what an earlier ``readline()`` already buffered."""
    assert child.stdout is not None and child.stderr is not None
    child.send_signal(signal.SIGKILL)
    with child.stdout, child.stderr:  # the child is dead: both reads end at once
        out, err = child.stdout.read(), child.stderr.read()
    child.wait(timeout=60)
    return out, err
