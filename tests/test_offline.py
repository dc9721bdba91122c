"""Nothing touches the network: no network modules in the code, and the suite's guard works."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "svmi_desktop"
BANNED = {
    "socket",
    "urllib",
    "http",
    "requests",
    "ftplib",
    "smtplib",
    "ssl",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "webbrowser",
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_module_imports_a_network_library():
    offenders = {}
    for path in PACKAGE.rglob("*.py"):
        hits = {n for n in imported_modules(path) if n in BANNED or n.split(".")[0] in BANNED}
        if hits:
            offenders[str(path.relative_to(PACKAGE))] = sorted(hits)
    assert offenders == {}


def test_the_network_guard_records_a_lookup():
    code = (
        "import sys, tests.conftest as guard\n"
        "sys.audit('socket.getaddrinfo', 'example.invalid', 80, 0, 0, 0)\n"
        "sys.audit('socket.connect', object(), ('192.0.2.1', 80))\n"
        "sys.audit('socket.connect', object(), '/run/dbus/socket')\n"
        "print(guard.network_events())\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=PACKAGE.parent,
        check=True,
    )
    assert "socket.getaddrinfo 'example.invalid'" in out.stdout
    assert "192.0.2.1" in out.stdout
    assert "dbus" not in out.stdout  # a local Unix socket is not the network
