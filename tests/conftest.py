"""Suite-wide guards: the tests run offscreen, and nothing in them may open a network connection.

An audit hook (PEP 578) records every socket connect and name lookup made in the test process;
the session fails if any happened. `.ci/run` also runs the suite inside `unshare -rn`, which has
no network interface at all.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NETWORK_EVENTS = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto"}
_seen: list[str] = []


def _audit(event: str, args: tuple[object, ...]) -> None:
    if event in NETWORK_EVENTS:
        # AF_UNIX sockets (e.g. a local D-Bus) are not the network.
        target = (
            args[1] if event == "socket.connect" and len(args) > 1 else args[0] if args else None
        )
        if isinstance(target, (str, bytes)) and event == "socket.connect":
            return
        _seen.append(f"{event} {target!r}")


sys.addaudithook(_audit)


def network_events() -> list[str]:
    """Network events recorded so far in this process (for tests that assert none)."""
    return list(_seen)


@pytest.fixture(autouse=True, scope="session")
def _no_network_in_the_whole_session() -> Iterator[None]:
    yield
    assert not _seen, f"the tests made network calls: {_seen[:5]}"


# -- shared fixtures (issue 11: one home for them) ------------------------------------------


@pytest.fixture(scope="session")
def index():  # type: ignore[no-untyped-def]
    """The bundled public-sector index."""
    from svmi_desktop.catalog import load_index

    return load_index("public-sector")


@pytest.fixture(scope="session")
def demo(index):  # type: ignore[no-untyped-def]
    """The bundled example workshop (Northshire Police, answered part-way)."""
    from svmi_desktop.catalog import load_index
    from svmi_desktop.formats import assessment_file
    from svmi_desktop.resources import demo_path

    return assessment_file.read(demo_path(), load_index)


# -- test output: the offscreen plugin's size-hint warning is dropped from failure reports --
from .qt_noise import pytest_runtest_makereport  # noqa: E402, F401  (a hook: pytest finds it here)
