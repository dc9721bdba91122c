"""Import: the round trip is identical, sheet edits win and are reported, bad files are refused."""

from __future__ import annotations

import io
import json
import os
import time
import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from svmi_desktop.catalog import IndexLibrary, load_index
from svmi_desktop.domain.assessment import Answer
from svmi_desktop.errors import FileFormatError
from svmi_desktop.export.summary import facts
from svmi_desktop.export.workbook import workbook_bytes
from svmi_desktop.formats import assessment_file
from svmi_desktop.importing import import_file
from svmi_desktop.importing.preflight import OLE2
from svmi_desktop.services.exports import import_path


@pytest.fixture(scope="module")
def demo_xlsx(demo_facts) -> bytes:
    return workbook_bytes(demo_facts)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def row_of(ws, cid: str) -> int:
    return next(r[1].row for r in ws.iter_rows(min_row=2) if r[1].value == cid)


def edited(xlsx: bytes, edits: dict[str, str]) -> bytes:
    """Change cells of the Self Assessment sheet with openpyxl, as a user in Excel would."""
    wb = openpyxl.load_workbook(io.BytesIO(xlsx))
    ws = wb["Self Assessment"]
    for key, value in edits.items():
        cid, col = key.split(":")
        ws[f"{col}{row_of(ws, cid)}"] = value
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# --- round trips ----------------------------------------------------------------------
def test_export_then_import_is_identical(tmp_path, demo_xlsx, demo):
    result = import_file(write(tmp_path, "demo.xlsx", demo_xlsx), load_index)
    assert result.assessment == demo
    assert assessment_file.to_dict(result.assessment) == assessment_file.to_dict(demo)
    assert [str(d) for d in result.differences] == [] and result.kind == "workbook"


def test_hostile_text_round_trips_byte_identical(tmp_path, index, hostile):
    data = workbook_bytes(facts(index, hostile))
    result = import_path(write(tmp_path, "hostile.xlsx", data), IndexLibrary())
    assert result.assessment == hostile
    assert assessment_file.dumps(result.assessment) == assessment_file.dumps(hostile)


def test_json_import(tmp_path, demo):
    path = write(tmp_path, "demo.svmi.json", assessment_file.dumps(demo).encode())
    result = import_file(path, load_index)
    assert (
        result.assessment == demo and result.differences == [] and result.kind == "assessment file"
    )


def test_answers_edited_in_the_sheet_win_and_are_reported(tmp_path, demo_xlsx, demo):
    assert demo.answer("C.L2") == Answer(False, True)
    assert demo.answer("A.I1") == Answer(False, False)
    data = edited(demo_xlsx, {"C.L2:E": "yes", "A.I1:F": "Yes", "A.I2:E": None, "A.I2:F": " NO "})
    result = import_file(write(tmp_path, "edited.xlsx", data), load_index)
    a = result.assessment
    assert a.answer("C.L2") == Answer(True, True)
    assert a.answer("A.I1") == Answer(False, True)
    assert a.answer("A.I2") == Answer(None, False)
    assert [str(d) for d in result.differences] == [
        "A.I1 future: No in the data, Yes in the sheet",
        "A.I2 present: No in the data, blank in the sheet",
        "C.L2 present: No in the data, Yes in the sheet",
    ]
    # everything else comes from svmi_data unchanged
    assert replace(a, answers=demo.answers) == demo


@pytest.mark.parametrize(
    ("edits", "message"),
    [
        ({"C.L2:E": "Maybe"}, r"Self Assessment!E\d+ says 'Maybe'; use Yes, No or leave it blank"),
        ({"C.L2:F": "=TRUE()"}, r"Self Assessment!F\d+ says '=TRUE\(\)'; use Yes, No"),
        (
            {"C.L2:E": "Yes", "C.L2:F": "No"},
            r"Self Assessment!F\d+ says No while E\d+ says Yes for C\.L2",
        ),
        ({"C.I1:E": "Yes"}, r"C\.I1 shares its answer with C\.L1; answer on C\.L1's row"),
        ({"C.F1:F": "Yes"}, r"C\.F1 is a description that is not asked"),
        ({"C.L2:B": "Z.Z9"}, r"Self Assessment!B\d+ has 'Z\.Z9', which is not a criterion"),
        ({"C.L3:B": "C.L2"}, r"repeats C\.L2"),
    ],
)
def test_bad_sheet_edits_name_the_cell(tmp_path, demo_xlsx, edits, message):
    path = write(tmp_path, "bad.xlsx", edited(demo_xlsx, edits))
    with pytest.raises(FileFormatError, match=message):
        import_file(path, load_index)


def test_a_deleted_row_is_refused(tmp_path, demo_xlsx):
    wb = openpyxl.load_workbook(io.BytesIO(demo_xlsx))
    ws = wb["Self Assessment"]
    ws.delete_rows(row_of(ws, "D.M1"))
    buf = io.BytesIO()
    wb.save(buf)
    with pytest.raises(FileFormatError, match=r"no row for D\.M1"):
        import_file(write(tmp_path, "short.xlsx", buf.getvalue()), load_index)


def test_a_workbook_without_svmi_data(tmp_path):
    wb = openpyxl.Workbook()
    wb.active["A1"] = "hello"
    buf = io.BytesIO()
    wb.save(buf)
    with pytest.raises(FileFormatError, match="was not made by SVMI Desktop"):
        import_file(write(tmp_path, "other.xlsx", buf.getvalue()), load_index)


def test_tampered_svmi_data_is_refused(tmp_path, demo_xlsx):
    wb = openpyxl.load_workbook(io.BytesIO(demo_xlsx))
    ws = wb["svmi_data"]
    ws["A3"].value = ws["A3"].value.replace("Northshire", "Southshire")
    buf = io.BytesIO()
    wb.save(buf)
    with pytest.raises(FileFormatError, match="changed or damaged"):
        import_file(write(tmp_path, "tampered.xlsx", buf.getvalue()), load_index)


# --- hostile and damaged files ------------------------------------------------------------
def zip_with(parts: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


def replace_part(xlsx: bytes, name: str, data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(xlsx)) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts[name] = data
    return zip_with(parts)


def sheet_path(xlsx: bytes, title: str) -> str:
    wb = openpyxl.load_workbook(io.BytesIO(xlsx))
    return f"xl/worksheets/sheet{wb.sheetnames.index(title) + 1}.xml"


def zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr("xl/workbook.xml", b"<workbook/>")
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            block = b"\0" * 1_000_000
            for _ in range(200):
                fh.write(block)
    return buf.getvalue()


def ratio_bomb() -> bytes:
    """Under the total cap, but one part unpacks 1,000 times larger than it is stored."""
    return zip_with({"xl/workbook.xml": b"<workbook/>", "xl/sharedStrings.xml": b"a" * 30_000_000})


def entity_bomb(xlsx: bytes, part: str) -> bytes:
    lol = (
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
            for i in range(1, 10)
        )
        + b']>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
        b"</sheetData></worksheet>"
    )
    return replace_part(xlsx, part, lol)


def encrypted() -> bytes:
    """The shape of a password-protected .xlsx: an OLE2 file with an EncryptedPackage stream."""
    return (
        OLE2
        + bytes(504)
        + "EncryptedInfo".encode("utf-16-le")
        + bytes(40)
        + "EncryptedPackage".encode("utf-16-le")
        + os.urandom(2000)
    )


HOSTILE_FILES = {
    "truncated.xlsx": (lambda x: x[: len(x) // 2], "is damaged"),
    "random.xlsx": (lambda x: os.urandom(50_000), "unrecognised contents"),
    "bomb.xlsx": (lambda x: zip_bomb(), r"more than \d+ MB"),
    "ratio.xlsx": (lambda x: ratio_bomb(), r"unpacks [\d,]+ times larger"),
    "old.xls": (
        lambda x: OLE2 + bytes(504) + "Workbook".encode("utf-16-le") + bytes(3000),
        "old Excel 97-2003",
    ),
    "locked.xlsx": (lambda x: encrypted(), "password-protected"),
    "table.xlsx": (lambda x: b"Theme,Ref,Present\nA,A.M1,Yes\n", "CSV"),
    "report.xlsx": (
        lambda x: b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n",
        "is a PDF document",
    ),
    "empty.xlsx": (lambda x: b"", "is empty"),
    "notes.xlsx": (lambda x: b"just some words\n", "plain text"),
    "doc.xlsx": (lambda x: zip_with({"word/document.xml": b"<w/>"}), "a Word document"),
    "many.xlsx": (lambda x: zip_with({f"f{i}.txt": b"x" for i in range(300)}), "300 parts"),
    "huge.xlsx": (lambda x: os.urandom(21_000_000), "the limit is 20 MB"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_hostile_files_get_their_own_message_fast(tmp_path, demo_xlsx, name):
    make, message = HOSTILE_FILES[name]
    path = write(tmp_path, name, make(demo_xlsx))
    start = time.perf_counter()
    with pytest.raises(FileFormatError, match=message) as info:
        import_file(path, load_index)
    assert time.perf_counter() - start < 2.0
    assert "\n" not in str(info.value) and "Error" not in str(info.value)


@pytest.mark.parametrize("sheet", ["Self Assessment", "svmi_data"])
def test_entity_bomb_is_refused(tmp_path, demo_xlsx, sheet):
    data = entity_bomb(demo_xlsx, sheet_path(demo_xlsx, sheet))
    start = time.perf_counter()
    with pytest.raises(FileFormatError, match="entity declarations"):
        import_file(write(tmp_path, "lol.xlsx", data), load_index)
    assert time.perf_counter() - start < 2.0


def test_defusedxml_is_what_openpyxl_uses():
    assert openpyxl.DEFUSEDXML is True


def test_entity_bomb_past_the_preflight_is_still_stopped_by_defusedxml(demo_xlsx):
    """Even if the prefix scan missed it, openpyxl's parser (defusedxml) refuses entities."""
    from svmi_desktop.importing.workbook_reader import read_workbook

    part = sheet_path(demo_xlsx, "Self Assessment")
    data = entity_bomb(demo_xlsx, part)
    with pytest.raises(FileFormatError, match=r"entity declarations|damaged"):
        read_workbook("lol.xlsx", data, load_index)


def lie_about_dimension(xlsx: bytes, extra_rows: int = 0) -> bytes:
    part = sheet_path(xlsx, "Self Assessment")
    with zipfile.ZipFile(io.BytesIO(xlsx)) as zf:
        xml = zf.read(part).decode()
    import re

    xml = re.sub(r'<dimension ref="[^"]*"\s*/>', '<dimension ref="A1:A1"/>', xml)
    assert '<dimension ref="A1:A1"/>' in xml
    if extra_rows:
        rows = "".join(
            f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>x</t></is></c></row>'
            for r in range(1000, 1000 + extra_rows)
        )
        xml = xml.replace("</sheetData>", rows + "</sheetData>")
    return replace_part(xlsx, part, xml.encode())


def test_a_lying_dimension_does_not_truncate_the_answers(tmp_path, demo_xlsx, demo):
    data = edited(demo_xlsx, {"J.M1:E": "Yes"})
    result = import_file(write(tmp_path, "lie.xlsx", lie_about_dimension(data)), load_index)
    assert result.assessment.answer("J.M1").present is True  # a row far below "A1:A1"
    assert [str(d) for d in result.differences] == [
        "J.M1 present: blank in the data, Yes in the sheet",
        "J.M1 future: blank in the data, Yes in the sheet",  # met now implies met in future
    ]


def test_a_lying_dimension_with_too_many_rows_is_refused_fast(tmp_path, demo_xlsx):
    data = lie_about_dimension(demo_xlsx, extra_rows=20_000)
    start = time.perf_counter()
    with pytest.raises(FileFormatError, match="more than 5,000 rows"):
        import_file(write(tmp_path, "rows.xlsx", data), load_index)
    assert time.perf_counter() - start < 2.0


def test_unknown_index_json(tmp_path, demo):
    data = assessment_file.to_dict(demo)
    data["index"] = "martian-sector"
    path = write(tmp_path, "mars.svmi.json", json.dumps(data).encode())
    with pytest.raises(FileFormatError, match="unknown index 'martian-sector'"):
        import_file(path, IndexLibrary())


def test_unknown_index_in_workbook(tmp_path, index, demo):
    xlsx = workbook_bytes(facts(index, demo))
    path = write(tmp_path, "x.xlsx", xlsx)

    def only_business(index_id):
        from svmi_desktop.errors import CriteriaError

        if index_id != "business":
            raise CriteriaError("nope")
        return load_index(index_id)

    with pytest.raises(FileFormatError, match="unknown index 'public-sector'"):
        import_file(path, only_business)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(FileFormatError, match="does not exist"):
        import_file(tmp_path / "nope.xlsx", load_index)
    with pytest.raises(FileFormatError, match="is a folder"):
        import_file(tmp_path, load_index)
