"""The kill tests' child helper keeps a child's output off pytest's inherited stdout and stderr.

A child that writes to the stderr it inherits writes into whatever pytest has on fd 2 at that
moment: the running test's capture, or the terminal's progress line. ``fault_kit.start_child``
gives it pipes, and ``sigkill`` hands back what it wrote, including what a ``readline()`` left
buffered.
"""

from __future__ import annotations

import signal
import sys

import pytest

from ..fault_kit import sigkill, start_child

CHILD = (
    "import sys, time\n"
    "sys.stderr.write('E'); sys.stderr.flush()\n"
    "sys.stdout.write('ready\\nF\\n'); sys.stdout.flush()\n"
    "time.sleep(60)\n"
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_childs_output_reaches_the_test_and_not_the_inherited_fds(capfd):
    child = start_child(["-c", CHILD])
    assert child.stdout is not None and child.stdout.readline() == b"ready\n"
    out, err = sigkill(child)
    assert child.returncode == -signal.SIGKILL
    assert (out, err) == (b"F\n", b"E")
    assert capfd.readouterr() == ("", "")  # nothing written to this process's fds 1 and 2
