"""One switch for the long fault, kill and fuzz runs: ``SVMI_LONG=1``.

Each test reads its count through :func:`count`: the CI figure by default, the long figure when
``SVMI_LONG=1``, and its own variable (``SVMI_KILL_RUNS``, ``SVMI_FAULT_RUNS``,
``SVMI_FUZZ_CASES``) overrides both. The long figures are the pass figures of
reliability-and-security.md section 7 (D1 1,000 kills, D9 100 per format, I4 beyond 1,000).
"""

from __future__ import annotations

import os

LONG = os.environ.get("SVMI_LONG", "").strip() not in ("", "0", "false", "no")


def count(variable: str, ci: int, long: int) -> int:
    """``$variable`` if set, else ``long`` under ``SVMI_LONG=1``, else ``ci``."""
    value = os.environ.get(variable, "").strip()
    if value:
        return int(value)
    return long if LONG else ci


def seconds(variable: str, ci: float, long: float) -> float:
    value = os.environ.get(variable, "").strip()
    if value:
        return float(value)
    return long if LONG else ci
