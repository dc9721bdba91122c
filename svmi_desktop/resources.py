"""One resolver for bundled files (fonts, demo workshop), in a source checkout or a wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    for candidate in (_PACKAGE / "_resources", _PACKAGE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the bundled resources folder is missing (looked beside {_PACKAGE})")


def font_path(bold: bool = False) -> Path:
    """The bundled DejaVu Sans, used by the UI and embedded in the PDF."""
    return resources_dir() / "fonts" / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")


def demo_path() -> Path:
    """The bundled example workshop: a fictional police force, roles only, answered part-way."""
    return resources_dir() / "demo" / "northshire-police.svmi.json"
