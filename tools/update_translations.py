#!/usr/bin/env python3
"""Bring resources/translations/svmi_*.ts up to date with the source (Qt's ``lupdate`` step).

The window's strings (``self.tr``, ``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP``) are
found by ``pyside6-lupdate`` over ``svmi_desktop/ui`` and ``app.py``; the Qt-free strings
(``wording.tr(context, text)``, ``wording.trf``, and ``tr``/``trf`` inside wording.py) by
reading the Python source (lupdate would take ``wording.tr``'s context for the text). Existing
translations are kept by (context, source); new messages are added unfinished; messages no
longer in the source are dropped. ``svmi_en.ts`` holds only the English plural forms.

    python tools/update_translations.py          # rewrite the .ts files
    python tools/update_translations.py --check  # exit 1 if they are out of date
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "svmi_desktop"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("cy",)
sys.path.insert(0, str(ROOT))

from svmi_desktop.i18n import read_ts  # noqa: E402

Key = tuple[str, str]


def _lupdate() -> Path:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    return exe if exe.exists() else Path("pyside6-lupdate")


def qt_messages() -> dict[Key, bool]:
    """(context, source) -> numerus, for the window's strings (pyside6-lupdate)."""
    sources = [*sorted(str(p) for p in (PACKAGE / "ui").rglob("*.py")), str(PACKAGE / "app.py")]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "ui.ts"
        subprocess.run(
            [str(_lupdate()), "-silent", "-locations", "none", *sources, "-ts", str(out)],
            check=True,
        )
        # lupdate marks plurals of self.tr(text, "", n) but not of QCoreApplication.translate:
        # a text with %n is a plural whichever call it came from
        return {k: m.numerus or "%n" in k[1] for k, m in read_ts(out).items()}


def _constants(tree: ast.Module) -> dict[str, str]:
    out: dict[str, str] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    out[target.id] = node.value.value
    return out


def _text(node: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def _aliases(tree: ast.Module) -> dict[str, str]:
    """Module functions ``def W(text): return wording.tr("Ctx", text)`` (or ``CTX``, a module
    constant): name -> context."""
    out: dict[str, str] = {}
    constants = _constants(tree)
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for stmt in node.body:
                if (
                    isinstance(stmt, ast.Return)
                    and isinstance(stmt.value, ast.Call)
                    and isinstance(stmt.value.func, ast.Attribute)
                    and stmt.value.func.attr == "tr"
                    and isinstance(stmt.value.func.value, ast.Name)
                    and stmt.value.func.value.id == "wording"
                    and _text(stmt.value.args[0], constants) is not None
                    and isinstance(stmt.value.args[1], ast.Name)
                ):
                    out[node.name] = str(_text(stmt.value.args[0], constants))
    return out


def python_messages() -> dict[Key, bool]:
    """(context, source) -> numerus, for ``wording.tr/trf`` calls outside the window."""
    found: dict[Key, bool] = {}
    paths = [
        p for p in sorted(PACKAGE.rglob("*.py")) if "ui" not in p.relative_to(PACKAGE).parts[:1]
    ]
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in paths}
    # an alias imported from another module (``from .report_text import t``) keeps its context
    defined = {
        (path.stem, name): ctx
        for path, tree in trees.items()
        for name, ctx in _aliases(tree).items()
    }
    for path, tree in trees.items():
        constants = _constants(tree)
        in_wording = path.name == "wording.py"
        aliases: dict[str, str] = {}
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    ctx = defined.get((node.module.rsplit(".", 1)[-1], alias.name))
                    if ctx is not None:
                        aliases[alias.asname or alias.name] = ctx
        aliases.update(_aliases(tree))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in aliases
                and len(node.args) == 1
            ):
                text = _text(node.args[0], constants)
                if text is None:
                    raise SystemExit(f"{path}:{node.lineno}: {node.func.id}() needs a literal")
                found.setdefault((aliases[node.func.id], text), False)
                continue
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = None
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
                if func.value.id == "wording" and func.attr in ("tr", "trf"):
                    name = func.attr
            elif in_wording and isinstance(func, ast.Name) and func.id in ("tr", "trf"):
                name = func.id
            if name is None:
                continue
            context, text = _text(node.args[0], constants), _text(node.args[1], constants)
            if (context is None or text is None) and (
                in_wording or isinstance(node.args[1], ast.Name)
            ):
                continue  # tr/trf themselves, passing their arguments on
            if context is None or text is None:
                raise SystemExit(
                    f"{path}:{node.lineno}: the context and text of {name}() must be literals"
                )
            numerus = any(k.arg == "n" for k in node.keywords) or (
                name == "tr" and len(node.args) >= 3
            )
            found[(context, text)] = found.get((context, text), False) or numerus
    return found


def _translate_context(call: ast.expr) -> str | None:
    """ "Ctx" of ``QApplication.translate("Ctx", text)`` (or QCoreApplication's), else None."""
    if (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "translate"
        and len(call.args) >= 2
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[1], ast.Name)
    ):
        return str(call.args[0].value)
    return None


def ui_alias_messages() -> dict[Key, bool]:
    """The window's own helpers, ``def _tr(text): return QApplication.translate("Ctx", text)``
    or ``tr = lambda text: QApplication.translate("Ctx", text)``: lupdate files their strings
    under no context (it sees only the name), so they are read here with the right one."""
    found: dict[Key, bool] = {}
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases: dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                for stmt in node.body:
                    if isinstance(stmt, ast.Return) and stmt.value is not None:
                        context = _translate_context(stmt.value)
                        if context is not None:
                            aliases[node.name] = context
            elif isinstance(node, ast.Assign | ast.AnnAssign) and isinstance(
                node.value, ast.Lambda
            ):
                context = _translate_context(node.value.body)
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if context is not None and isinstance(target, ast.Name):
                        aliases[target.id] = context
        if not aliases:
            continue
        constants = _constants(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in aliases
                and node.args
            ):
                text = _text(node.args[0], constants)
                if text is not None:
                    found[(aliases[node.func.id], text)] = "%n" in text
    return found


def all_messages() -> dict[Key, bool]:
    messages = python_messages()
    aliased = ui_alias_messages()
    for key, numerus in qt_messages().items():
        if key[0] == "" and any(source == key[1] for _, source in aliased):
            continue  # an alias's string, which lupdate filed under no context
        messages[key] = messages.get(key, False) or numerus
    for key, numerus in aliased.items():
        messages[key] = messages.get(key, False) or numerus
    return messages


def _english_forms(text: str) -> list[str]:
    return [text.replace("(s)", ""), text.replace("(s)", "s")]


def render(language: str, messages: dict[Key, bool], old: dict) -> str:
    root = ET.Element("TS", version="2.1", language=language)
    contexts: dict[str, list[tuple[str, bool]]] = {}
    for (context, source), numerus in sorted(messages.items()):
        if language == "en" and not numerus:
            continue
        contexts.setdefault(context, []).append((source, numerus))
    for context, items in contexts.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source, numerus in items:
            msg = ET.SubElement(ctx, "message")
            if numerus:
                msg.set("numerus", "yes")
            ET.SubElement(msg, "source").text = source
            translation = ET.SubElement(msg, "translation")
            previous = old.get((context, source))
            if previous is None and language != "en":  # the same text translated elsewhere
                previous = next(
                    (m for (_, src), m in sorted(old.items()) if src == source and m.finished),
                    None,
                )
            if language == "en":
                forms: list[str] = _english_forms(source)
            elif previous is not None and previous.numerus == numerus and previous.forms:
                forms = list(previous.forms)
                if not previous.finished:
                    translation.set("type", "unfinished")
            else:
                forms = [""] * (5 if numerus else 1)
                translation.set("type", "unfinished")
            if numerus:
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = forms[0]
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a .ts is out of date")
    args = parser.parse_args()
    messages = all_messages()
    stale = []
    for language in ("en", *LANGUAGES):
        path = TS_DIR / f"svmi_{language}.ts"
        old = read_ts(path) if path.exists() else {}
        text = render(language, messages, old)
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        if args.check:
            stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"updated {path.relative_to(ROOT)}")
    if stale:
        print(f"out of date: {', '.join(stale)}; run python tools/update_translations.py")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
