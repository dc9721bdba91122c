"""The crashes and over-long messages the import fuzzing found, each kept as a plain test."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from svmi_desktop.catalog import IndexLibrary
from svmi_desktop.errors import FileFormatError
from svmi_desktop.formats import assessment_file
from svmi_desktop.importing import import_file
from svmi_desktop.resources import demo_path

DEMO = json.loads(demo_path().read_text("utf-8"))


def write_json(tmp_path, doc, text=None):
    path = tmp_path / "case.svmi.json"
    path.write_text(text if text is not None else json.dumps(doc), "utf-8")
    return path


def test_a_member_whose_deflate_stream_is_corrupt_is_refused(tmp_path):
    """zlib.error from the pre-flight's look inside the XML parts (was uncaught)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", b"<workbook>" + b"<sheet/>" * 500 + b"</workbook>")
    data = bytearray(buf.getvalue())
    start = 30 + len("xl/workbook.xml")  # the local header, then the deflate stream
    for i in range(start + 2, start + 12):
        data[i] ^= 0x5A
    path = tmp_path / "flipped.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(FileFormatError, match=r"is damaged: the part xl/workbook.xml cannot be"):
        import_file(path, IndexLibrary())


@pytest.mark.parametrize("digits", [4301, 100_000])
def test_an_integer_too_long_to_convert_is_refused(tmp_path, digits):
    """json.loads raises a plain ValueError past sys.get_int_max_str_digits (was uncaught)."""
    text = json.dumps(DEMO).replace('"horizon_years": 3', '"horizon_years": ' + "9" * digits)
    assert "9" * digits in text
    with pytest.raises(FileFormatError, match="has a number too large to be in an assessment"):
        import_file(write_json(tmp_path, None, text), IndexLibrary())


@pytest.mark.parametrize(
    "index_id", ["x" * 300, "public-sector\x00", "../../etc/passwd", "public-sector\n", "a/b"]
)
def test_an_index_id_that_is_no_file_name_is_unknown(tmp_path, index_id):
    """With the user's index folder, a 300-character id raised ENAMETOOLONG and a NUL a
    ValueError; "../" looked outside the folder."""
    (tmp_path / "indexes").mkdir()
    (tmp_path / "etc").mkdir()
    doc = {**DEMO, "index": index_id}
    with pytest.raises(FileFormatError, match="uses the unknown index"):
        import_file(write_json(tmp_path, doc), IndexLibrary(tmp_path / "indexes"))


@pytest.mark.parametrize("value", ["x" * 32_000, [[[[[[[[[[[1]]]]]]]]]]] * 300, 10**4000])
def test_a_refusal_quotes_a_bad_value_briefly(tmp_path, value):
    doc = json.loads(json.dumps(DEMO))
    first = next(iter(doc["answers"]))
    doc["answers"][first]["present"] = value
    with pytest.raises(FileFormatError) as info:
        assessment_file.loads(json.dumps(doc), IndexLibrary(), "case.svmi.json")
    assert "must be true or false" in str(info.value)
    assert len(str(info.value)) < 200


def test_an_unknown_key_is_quoted_briefly(tmp_path):
    doc = {**DEMO, "k" * 5000: 1}
    with pytest.raises(FileFormatError, match="unknown key") as info:
        assessment_file.loads(json.dumps(doc), IndexLibrary(), "case.svmi.json")
    assert len(str(info.value)) < 200


@pytest.mark.parametrize("part", ["xl/th\neme.xml", "xl/a\r\u2028b.xml", "x" * 300 + ".xml"])
def test_a_part_name_in_a_message_stays_on_one_short_line(tmp_path, part):
    """A zip member's name is the file's own text: a flipped byte made it "xl/th\\neme.xml"."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("xl/workbook.xml", b"<workbook/>")
        zf.writestr(part, b'<!DOCTYPE x [<!ENTITY a "b">]><x/>')
    path = tmp_path / "odd.xlsx"
    path.write_bytes(buf.getvalue())
    with pytest.raises(FileFormatError, match="contains XML entity declarations") as info:
        import_file(path, IndexLibrary())
    message = str(info.value)
    assert len(message.splitlines()) == 1 and len(message) < 250
