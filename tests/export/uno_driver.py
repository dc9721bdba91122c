"""Drive LibreOffice headless through Python-UNO: run by the SYSTEM python (``/usr/bin/python3``,
Debian's ``python3-uno``), never imported by the test process.

Started by ``tests/export/libreoffice.py``. It starts ``soffice --headless`` with its own
profile, accepting on a named pipe (no network: the suite runs under ``unshare -rn``), connects,
then answers one JSON command per stdin line with one JSON line on stdout:

  {"op": "open", "path": P}                     load a workbook (hidden)
  {"op": "set", "sheet": S, "cell": "E5", "value": V}   a string, a number, or null (clear);
                                                  {"date": "2027-01-31"} types a date
  {"op": "setmany", "cells": [[S, "E5", V], ...]}   several "set"s in one go
  {"op": "calc"}                                  recalculate everything
  {"op": "get", "sheet": S, "cells": [...]}       -> {"values": [...]}: number or string
  {"op": "charts", "sheet": S}                    -> the data ranges of each chart's series
  {"op": "save", "path": P, "filter": F, "options": O}  store as (e.g. "Calc MS Excel 2007 XML")
  {"op": "close"}                                 close the document
  {"op": "quit"}
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]

PIPE = sys.argv[1]
PROFILE = sys.argv[2]


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start():
    proc = subprocess.Popen(
        [
            "soffice",
            f"-env:UserInstallation={PROFILE}",
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            f"--accept=pipe,name={PIPE};urp;StarOffice.ComponentContext",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.monotonic() + 120
    while True:
        try:
            ctx = resolver.resolve(f"uno:pipe,name={PIPE};urp;StarOffice.ComponentContext")
            break
        except Exception:
            if time.monotonic() > deadline or proc.poll() is not None:
                raise
            time.sleep(0.2)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    return proc, desktop


def cell(doc, sheet, name):
    return doc.Sheets.getByName(sheet).getCellRangeByName(name)


def value_of(c):
    from com.sun.star.table.CellContentType import EMPTY, TEXT, VALUE  # type: ignore

    t = c.Type
    if t == EMPTY:
        return None
    if t == VALUE:
        return c.Value
    if t == TEXT:
        return c.String
    # a formula: its result
    from com.sun.star.table.CellContentType import FORMULA  # type: ignore  # noqa: F401

    if c.getError():
        return "#ERR" + str(c.getError())
    result_type = c.FormulaResultType2
    from com.sun.star.sheet.FormulaResult import VALUE as RVALUE  # type: ignore

    return c.Value if result_type == RVALUE else c.String


def main():
    proc, desktop = start()
    doc = None
    try:
        for line in sys.stdin:
            cmd = json.loads(line)
            op = cmd["op"]
            out = {"ok": True}
            try:
                if op == "open":
                    url = uno.systemPathToFileUrl(os.path.abspath(cmd["path"]))
                    doc = desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
                elif op == "set":
                    c = cell(doc, cmd["sheet"], cmd["cell"])
                    if "date" in cmd:
                        c.setFormula(cmd["date"])  # typed as a person would: 2027-01-31
                    elif cmd["value"] is None:
                        c.setString("")
                        c.setFormula("")
                    elif isinstance(cmd["value"], (int, float)):
                        c.setValue(cmd["value"])
                    else:
                        c.setString(cmd["value"])
                elif op == "setmany":
                    for sheet, name, value in cmd["cells"]:
                        c = cell(doc, sheet, name)
                        if value is None:
                            c.setFormula("")
                        elif isinstance(value, (int, float)):
                            c.setValue(value)
                        else:
                            c.setString(value)
                elif op == "calc":
                    doc.calculateAll()
                elif op == "get":
                    out["values"] = [value_of(cell(doc, cmd["sheet"], n)) for n in cmd["cells"]]
                elif op == "formula":
                    out["values"] = [cell(doc, cmd["sheet"], n).Formula for n in cmd["cells"]]
                elif op == "charts":
                    sheet = doc.Sheets.getByName(cmd["sheet"])
                    charts = []
                    for name in sheet.Charts.ElementNames:
                        embedded = sheet.Charts.getByName(name).EmbeddedObject
                        types = embedded.getFirstDiagram().getCoordinateSystems()[0].getChartTypes()
                        ranges = []
                        for chart_type in types:
                            for series in chart_type.getDataSeries():
                                for seq in series.getDataSequences():
                                    ranges.append(seq.getValues().SourceRangeRepresentation)
                        charts.append({"type": types[0].ChartType, "ranges": ranges})
                    out["charts"] = charts
                elif op == "save":
                    url = uno.systemPathToFileUrl(os.path.abspath(cmd["path"]))
                    props = [prop("FilterName", cmd["filter"])]
                    if cmd.get("options"):
                        props.append(prop("FilterOptions", cmd["options"]))
                    doc.storeToURL(url, tuple(props))
                elif op == "close":
                    doc.close(True)
                    doc = None
                elif op == "quit":
                    break
                else:
                    raise ValueError(op)
            except Exception as exc:  # reported to the test, which fails with it
                out = {"ok": False, "error": f"{type(exc).__name__}: {exc}"}
            sys.stdout.write(json.dumps(out) + "\n")
            sys.stdout.flush()
    finally:
        with contextlib.suppress(Exception):
            desktop.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    main()
