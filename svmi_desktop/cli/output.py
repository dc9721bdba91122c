"""Printing JSON and text for the command line (UTF-8 whatever the terminal says)."""

from __future__ import annotations

import json
import sys
from typing import Any


def print_json(data: Any) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()


def print_text(text: str) -> None:
    sys.stdout.buffer.write((text + "\n").encode("utf-8"))
    sys.stdout.flush()
