"""Dependencies point one way: the core, storage and exports never load Qt.

Each check runs in a fresh interpreter so nothing imported by other tests can hide a leak.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest

HEAVY = ["PySide6", "openpyxl", "reportlab"]


def loaded_after(modules: list[str]) -> set[str]:
    code = (
        "import importlib, json, sys\n"
        f"for m in {modules!r}:\n    importlib.import_module(m)\n"
        "print(json.dumps(sorted({n.split('.')[0] for n in sys.modules})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return set(json.loads(out.stdout))


def test_core_and_file_format_load_no_qt_openpyxl_or_reportlab():
    core = [
        "svmi_desktop.domain.levels",
        "svmi_desktop.domain.criteria",
        "svmi_desktop.domain.assessment",
        "svmi_desktop.domain.scoring",
        "svmi_desktop.domain.action_plan",
        "svmi_desktop.domain.radar",
        "svmi_desktop.catalog",
        "svmi_desktop.formats.assessment_file",
        "svmi_desktop.formats.results_json",
        "svmi_desktop.cli.main",
    ]
    assert loaded_after(core).isdisjoint(HEAVY)


@pytest.mark.parametrize(
    "package", ["svmi_desktop.storage", "svmi_desktop.export", "svmi_desktop.importing"]
)
def test_storage_and_exports_never_load_qt(package):
    if importlib.util.find_spec(package) is None:
        pytest.skip(f"{package} is not built yet")
    mods = [package]
    import pkgutil

    spec = importlib.util.find_spec(package)
    assert spec is not None and spec.submodule_search_locations is not None
    mods += [f"{package}.{m.name}" for m in pkgutil.iter_modules(spec.submodule_search_locations)]
    assert "PySide6" not in loaded_after(mods)


def test_evaluate_cli_loads_only_the_core():
    code = (
        "import sys, json\n"
        "from svmi_desktop.cli.main import main\n"
        "main(['criteria', 'public-sector', '--json'])\n"
        "print(json.dumps(sorted({n.split('.')[0] for n in sys.modules})), file=sys.stderr)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert json.loads(out.stdout)["id"] == "public-sector"
    assert set(json.loads(out.stderr)).isdisjoint(HEAVY)


def test_import_linter_contracts_are_kept():
    """pyproject.toml's import-linter contracts: the layers, no storage in the window, no Qt
    outside ui (issue 11). ``lint-imports`` exits non-zero when any contract is broken."""
    from pathlib import Path

    lint = Path(sys.executable).with_name("lint-imports")
    if not lint.exists():
        pytest.fail("import-linter is not installed (pip install -e '.[test]')")
    out = subprocess.run(
        [str(lint), "--no-cache"],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-2000:]
    assert out.stdout.count("KEPT") == 3
