"""Seeded mutations of valid exported workbooks and ``.svmi.json`` assessment files.

Every mutation takes a :class:`random.Random` and the bytes of a valid file and returns the
bytes of a damaged one plus a short name of what was done, so that a failing case can be
replayed from its seed alone. Workbook mutations work at three depths: raw bytes (flips,
truncation), the zip (members deleted, duplicated, renamed, added), and the XML inside a
member (attributes and elements deleted, huge numbers, wrong cell types, lying dimensions,
shared-string indexes out of range, very long strings, broken markup); some change the visible
answers, and some rewrite the hidden ``svmi_data`` JSON and sign it again, so that the JSON
checks are reached through the workbook too. JSON mutations change the structure (type swaps,
missing and extra keys, huge integers, deep nesting, odd Unicode, unknown ids) or the text.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import re
import warnings
import zipfile
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

Mutation = Callable[[random.Random, bytes], tuple[bytes, str]]

# --- values used by several mutations ----------------------------------------------------------

ODD_STRINGS = [
    "",
    " ",
    "\x00",
    "\ud800",
    "\udfff",
    "\ufeff",
    "\u202e",
    "\u0301",
    "e\u0301",
    "🙂" * 50,
    "x" * 40_000,
    "A.F1\x00",
    " A.F1",
    "a.f1",
    "A.Z9",
    "Z",
    "../../etc/passwd",
    "C:\\x",
    "public-sector\x00",
    "public-sector/..",
    "PUBLIC-SECTOR",
    "1e400",
    "NaN",
    "null",
    "true",
    "2026-02-30",
    "2026-11-10T10:00",
    "20261110",
    "+2026-11-10",
    "٢٠٢٦-١١-١٠",
    "=1+1",
    "<b>x</b>",
    "Done",
    "done",
    "Not started ",
    "\r\n",
]
ODD_NUMBERS: list[Any] = [
    0,
    -1,
    1,
    2,
    3,
    5,
    6,
    2**31,
    2**63,
    -(2**63),
    10**100,
    1.5,
    -0.0,
    1e308,
    float("inf"),
    float("-inf"),
    float("nan"),
    True,
    False,
]
ODD_VALUES: list[Any] = [None, [], {}, [1, 2], {"a": 1}, *ODD_NUMBERS, *ODD_STRINGS[:20]]


# --- JSON ------------------------------------------------------------------------------------


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        node = node[p]
    return node


def _set(root: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    _get(root, path[:-1])[path[-1]] = value
    return root


def j_type_swap(rng: random.Random, doc: Any) -> tuple[Any, str]:
    path = rng.choice(_paths(doc))
    value = rng.choice(ODD_VALUES)
    return _set(doc, path, value), f"type_swap {path!r} -> {value!r:.30}"


def j_delete_key(rng: random.Random, doc: Any) -> tuple[Any, str]:
    dicts = [p for p in _paths(doc) if isinstance(_get(doc, p), dict) and _get(doc, p)]
    if not dicts:
        return doc, "delete_key (none)"
    path = rng.choice(dicts)
    key = rng.choice(list(_get(doc, path)))
    del _get(doc, path)[key]
    return doc, f"delete_key {(*path, key)!r}"


def j_extra_key(rng: random.Random, doc: Any) -> tuple[Any, str]:
    dicts = [p for p in _paths(doc) if isinstance(_get(doc, p), dict)]
    if not dicts:  # an earlier mutation replaced the whole document
        return doc, "extra_key (none)"
    path = rng.choice(dicts)
    key = rng.choice(
        [
            "extra",
            "",
            "\x00",
            "__proto__",
            "format",
            "id",
            "criterion",
            "🙂",
            "A.Z9",
            "Z",
            "answers",
            "x" * 1000,
        ]
    )
    _get(doc, path)[key] = rng.choice(ODD_VALUES)
    return doc, f"extra_key {(*path, key)!r:.60}"


def j_odd_string(rng: random.Random, doc: Any) -> tuple[Any, str]:
    strings = [p for p in _paths(doc) if isinstance(_get(doc, p), str)]
    if not strings:
        return doc, "odd_string (none)"
    path = rng.choice(strings)
    value = rng.choice(ODD_STRINGS)
    if rng.random() < 0.3:
        value = _get(doc, path) + value
    return _set(doc, path, value), f"odd_string {path!r}"


def j_odd_number(rng: random.Random, doc: Any) -> tuple[Any, str]:
    targets = [p for p in _paths(doc) if isinstance(_get(doc, p), (int, float, bool))]
    targets = targets or _paths(doc)
    path = rng.choice(targets)
    value = rng.choice(ODD_NUMBERS)
    return _set(doc, path, value), f"odd_number {path!r} -> {value!r}"


def j_wrong_id(rng: random.Random, doc: Any) -> tuple[Any, str]:
    """Unknown, restated, descriptor or duplicated criterion ids and theme codes."""
    if not isinstance(doc, dict):
        return doc, "wrong_id (not an object)"
    choice = rng.randrange(6)
    bad = rng.choice(["A.Z9", "a.f1", "A.F1 ", "Z.M1", "C.I1", "A.F1", "", "A", "K.1", "🙂"])
    if choice == 0 and isinstance(doc.get("answers"), dict):
        doc["answers"][bad] = {"present": True}
    elif choice == 1 and isinstance(doc.get("notes"), dict):
        doc["notes"][rng.choice(["Z", "a", "", "AA", "🙂", "A "])] = "note"
    elif choice == 2 and isinstance(doc.get("actions"), list) and doc["actions"]:
        entry = rng.choice(doc["actions"])
        if isinstance(entry, dict):
            entry["criterion" if entry.get("criterion") else "theme"] = bad
    elif choice == 3 and isinstance(doc.get("actions"), list):
        customs = [a for a in doc["actions"] if isinstance(a, dict) and a.get("criterion") is None]
        if customs:
            doc["actions"].append(dict(customs[0]))  # the same id twice
    elif choice == 4:
        doc["index"] = rng.choice(
            [
                "",
                "unknown",
                "../../etc/passwd",
                "public-sector\x00",
                "x" * 300,
                "con",
                "business/../public-sector",
            ]
        )
    else:
        doc["index_version"] = rng.choice(["", "9999", None, 1, "\x00"])
    return doc, f"wrong_id {choice} {bad!r}"


JSON_MUTATIONS: list[Callable[[random.Random, Any], tuple[Any, str]]] = [
    j_type_swap,
    j_delete_key,
    j_extra_key,
    j_odd_string,
    j_odd_number,
    j_wrong_id,
]


def mutate_json_doc(rng: random.Random, doc: Any, count: int) -> tuple[Any, list[str]]:
    done = []
    for _ in range(count):
        doc, what = rng.choice(JSON_MUTATIONS)(rng, doc)
        done.append(what)
    return doc, done


def _dump(rng: random.Random, doc: Any) -> str:
    return json.dumps(
        doc, ensure_ascii=rng.random() < 0.5, indent=rng.choice([None, 2]), allow_nan=True
    )


def t_huge_int(rng: random.Random, text: str) -> tuple[str, str]:
    digits = rng.choice([400, 4301, 5000, 100_000])
    m = list(re.finditer(r"(?<![\w.\"])\d+(?![\w.\"])", text)) or list(re.finditer(r"\d", text))
    if not m:
        return text, "huge_int (no number)"
    at = rng.choice(m)
    return text[: at.start()] + "9" * digits + text[at.end() :], f"huge_int {digits} digits"


def t_deep_nesting(rng: random.Random, text: str) -> tuple[str, str]:
    depth = rng.choice([50, 1_000, 100_000])
    opener, closer = rng.choice([("[", "]"), ('{"a":', "}")])
    value = opener * depth + "1" + closer * depth
    m = list(re.finditer(r":\s*(\"[^\"]*\"|true|false|null|-?\d+)", text))
    if not m:
        return value, f"deep_nesting {depth}"
    at = rng.choice(m)
    return text[: at.start()] + ": " + value + text[at.end() :], f"deep_nesting {depth}"


def t_duplicate_key(rng: random.Random, text: str) -> tuple[str, str]:
    return text.replace('"format":', '"format": "other", "format":', 1), "duplicate_key"


def t_escape(rng: random.Random, text: str) -> tuple[str, str]:
    bad = rng.choice(["\\ud800", "\\udc00\\ud800", "\\u0000", "\\x41", "\\", "\\uZZZZ", "\\u00"])
    strings = list(re.finditer(r'"[^"\\]*"', text))
    at = rng.choice(strings)
    return text[: at.end() - 1] + bad + text[at.end() - 1 :], f"escape {bad}"


def t_literal(rng: random.Random, text: str) -> tuple[str, str]:
    bad = rng.choice(
        [
            "NaN",
            "Infinity",
            "-Infinity",
            "1e999",
            "-0",
            "01",
            "1.",
            ".5",
            "0x10",
            "undefined",
            "'x'",
            "[1,]",
            "{,}",
            "tru",
        ]
    )
    m = list(re.finditer(r":\s*(true|false|null|-?\d+|\"[^\"]*\")", text))
    at = rng.choice(m)
    return text[: at.start()] + ": " + bad + text[at.end() :], f"literal {bad}"


TEXT_MUTATIONS = [t_huge_int, t_deep_nesting, t_duplicate_key, t_escape, t_literal]


def b_flip(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    buf = bytearray(data)
    n = rng.choice([1, 1, 2, 5, 20])
    for _ in range(n):
        i = rng.randrange(len(buf))
        buf[i] ^= 1 << rng.randrange(8) if rng.random() < 0.7 else rng.randrange(1, 256)
    return bytes(buf), f"byte_flip {n}"


def b_truncate(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    cut = rng.choice([0, 1, 2, 3, 4, rng.randrange(len(data)), len(data) - rng.randrange(1, 64)])
    return data[: max(cut, 0)], f"truncate {cut}"


def b_splice(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    i = rng.randrange(len(data))
    j = min(len(data), i + rng.randrange(1, 200))
    if rng.random() < 0.5:
        return data[:i] + data[j:], f"delete_bytes {i}:{j}"
    junk = rng.choice(
        [b"\x00" * (j - i), bytes(rng.randrange(256) for _ in range(j - i)), data[i:j] * 3]
    )
    return data[:i] + junk + data[i:], f"insert_bytes {i}"


def b_encoding(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    text = data.decode("utf-8")
    enc = rng.choice(["utf-16", "utf-16-be", "utf-32", "latin-1", "cp1252"])
    return text.encode(enc, errors="replace"), f"encoding {enc}"


BYTE_MUTATIONS: list[Mutation] = [b_flip, b_truncate, b_splice]


def mutate_json(rng: random.Random, data: bytes) -> tuple[bytes, list[str]]:
    """A damaged assessment file made from the valid one in ``data``."""
    roll = rng.random()
    if roll < 0.6:
        doc, done = mutate_json_doc(rng, json.loads(data), rng.choice([1, 1, 1, 2, 3]))
        return _dump(rng, doc).encode("utf-8", errors="surrogatepass"), done
    if roll < 0.85:
        text, what = rng.choice(TEXT_MUTATIONS)(rng, data.decode("utf-8"))
        return text.encode("utf-8"), [what]
    mutation = rng.choice([*BYTE_MUTATIONS, b_encoding])
    out, what = mutation(rng, data)
    return out, [what]


# --- workbooks --------------------------------------------------------------------------------


def unzip(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def rezip(members: list[tuple[str, bytes]]) -> bytes:
    """The members zipped again, byte for byte the same every time (fixed member dates)."""
    buf = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name" is the point of one mutation
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, body in members:
                info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, body)
    return buf.getvalue()


def reproducible(workbook: bytes) -> bytes:
    """A workbook with its creation times fixed, so that a seed always makes the same case."""
    members = [
        (
            name,
            re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2026-01-01T00:00:00Z", body)
            if name == "docProps/core.xml"
            else body,
        )
        for name, body in unzip(workbook)
    ]
    return rezip(members)


def _pick_xml(rng: random.Random, members: list[tuple[str, bytes]]) -> int:
    weights = []
    for name, _ in members:
        if name in ("xl/worksheets/sheet3.xml", "xl/worksheets/sheet6.xml"):
            weights.append(6)
        elif name in ("xl/workbook.xml", "[Content_Types].xml", "xl/_rels/workbook.xml.rels"):
            weights.append(3)
        elif name.endswith((".xml", ".rels")):
            weights.append(1)
        else:
            weights.append(0)
    return rng.choices(range(len(members)), weights)[0]


def x_delete_attribute(rng: random.Random, xml: str) -> tuple[str, str]:
    m = list(re.finditer(r' [\w:]+="[^"]*"', xml))
    if not m:
        return xml, "delete_attribute (none)"
    at = rng.choice(m)
    return xml[: at.start()] + xml[at.end() :], f"delete_attribute{at.group(0)[:30]}"


def x_delete_element(rng: random.Random, xml: str) -> tuple[str, str]:
    m = list(re.finditer(r"<([\w:]+)(?: [^<>]*)?(?:/>|>.*?</\1>)", xml, re.S))
    if not m:
        return xml, "delete_element (none)"
    at = rng.choice(m)
    return xml[: at.start()] + xml[at.end() :], f"delete_element <{at.group(1)}>"


def x_huge_number(rng: random.Random, xml: str) -> tuple[str, str]:
    m = list(re.finditer(r'(?<=")\d+(?=")|(?<=<v>)[^<]*(?=</v>)|(?<=r=")[A-Z]+\d+', xml))
    if not m:
        return xml, "huge_number (none)"
    at = rng.choice(m)
    value = rng.choice(
        [
            "9" * 30,
            "-1",
            "0",
            "1e308",
            "NaN",
            "4294967296",
            "1048577",
            "A0",
            "XFD1048577",
            "Z99999999999",
            "",
            "-0",
            "1.5",
        ]
    )
    return xml[: at.start()] + value + xml[at.end() :], f"huge_number {value!r}"


def x_cell_type(rng: random.Random, xml: str) -> tuple[str, str]:
    m = list(re.finditer(r'<c r="[A-Z]+\d+"[^>]*?( t="[^"]*")?[^>]*>', xml))
    if not m:
        return xml, "cell_type (none)"
    at = rng.choice(m)
    cell = at.group(0)
    new_t = rng.choice(["n", "b", "e", "d", "s", "str", "x", "inlineStr", ""])
    if ' t="' in cell:
        new = re.sub(r' t="[^"]*"', f' t="{new_t}"', cell)
    else:
        new = cell[:-1] + f' t="{new_t}">'
    return xml[: at.start()] + new + xml[at.end() :], f"cell_type {new_t}"


def x_dimension(rng: random.Random, xml: str) -> tuple[str, str]:
    ref = rng.choice(["A1:A1", "A1", "A1:XFD1048576", "B2:A1", "", "ZZZ", "A0:A0", "A1:G99999999"])
    if "<dimension" not in xml:
        return xml, "dimension (none)"
    return re.sub(r'<dimension ref="[^"]*"', f'<dimension ref="{ref}"', xml, count=1), (
        f"dimension {ref!r}"
    )


def x_shared_string(rng: random.Random, xml: str) -> tuple[str, str]:
    m = list(re.finditer(r't="(?:inlineStr|s)">(?:<is><t[^>]*>[^<]*</t></is>|<v>\d+</v>)', xml))
    if not m:
        return xml, "shared_string (none)"
    at = rng.choice(m)
    index = rng.choice(["0", "1", "99999", "-1", "x", "4294967296"])
    return xml[: at.start()] + f't="s"><v>{index}</v>' + xml[at.end() :], f"shared_string {index}"


def x_long_string(rng: random.Random, xml: str) -> tuple[str, str]:
    m = list(re.finditer(r"<t(?: [^>]*)?>([^<]*)</t>", xml))
    if not m:
        return xml, "long_string (none)"
    at = rng.choice(m)
    n = rng.choice([32_767, 32_768, 100_000, 1_000_000])
    return xml[: at.start(1)] + "y" * n + xml[at.end(1) :], f"long_string {n}"


def x_break(rng: random.Random, xml: str) -> tuple[str, str]:
    i = rng.randrange(len(xml) + 1)
    junk = rng.choice(
        [
            "<",
            ">",
            "&",
            "&foo;",
            "&#0;",
            "&#xD800;",
            "\x01",
            "</x>",
            "<![CDATA[",
            "<?xml version='1.0'?>",
            '"',
            "<!-- ",
            "]]>",
            "\ufffe",
        ]
    )
    return xml[:i] + junk + xml[i:], f"xml_break {junk!r}"


def x_cell_value(rng: random.Random, xml: str) -> tuple[str, str]:
    """A visible answer or Ref cell changed to something a person might type."""
    m = list(
        re.finditer(r'<c r="([BEF])(\d+)"[^>]*>(?:<is><t>([^<]*)</t></is>|<v>\d+</v>)</c>', xml)
    )
    if not m:
        return xml, "cell_value (none)"
    at = rng.choice(m)
    value = rng.choice(
        [
            "Yes",
            "No",
            "",
            " yes ",
            "NO",
            "Y",
            "maybe",
            "1",
            "TRUE",
            "n/a",
            "same as C.L1",
            "A.F1",
            "A.Z9",
            "C.I1",
            "a.m1",
            "x" * 50,
            "=1+1",
        ]
    )
    new = f'<c r="{at.group(1)}{at.group(2)}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'
    return xml[: at.start()] + new + xml[at.end() :], f"cell_value {at.group(1)} {value!r}"


def x_row_number(rng: random.Random, xml: str) -> tuple[str, str]:
    m = list(re.finditer(r'<row r="(\d+)"', xml))
    if not m:
        return xml, "row_number (none)"
    at = rng.choice(m)
    value = rng.choice(["0", "-1", "1", "1048577", "abc", "2", at.group(1)])
    return xml[: at.start(1)] + value + xml[at.end(1) :], f"row_number {value}"


def x_sheet_names(rng: random.Random, xml: str) -> tuple[str, str]:
    old = rng.choice(["svmi_data", "Self Assessment", "veryHidden"])
    new = rng.choice(["svmi_datа", "Self assessment", "hidden", "", "svmi_data", "x" * 40])
    return xml.replace(old, escape(new), 1), f"sheet_names {old}->{new}"


XML_MUTATIONS = [
    x_delete_attribute,
    x_delete_element,
    x_huge_number,
    x_cell_type,
    x_dimension,
    x_shared_string,
    x_long_string,
    x_break,
    x_cell_value,
    x_row_number,
]


def _data_sheet_resigned(rng: random.Random, members: list[tuple[str, bytes]]) -> list[str]:
    """Rewrite the svmi_data JSON with a JSON mutation and sign it again (valid checksum)."""
    for k, (name, body) in enumerate(members):
        if name != "xl/worksheets/sheet6.xml":
            continue
        xml = body.decode("utf-8")
        cells = re.findall(r'<c r="A(\d+)"[^>]*><is><t[^>]*>([^<]*)</t></is></c>', xml)
        if not cells:  # XlsxWriter's shared strings (issue 12): look the chunks up
            table = _shared_strings(members)
            cells = [
                (r, table[int(i)])
                for r, i in re.findall(r'<c r="A(\d+)"[^>]*t="s"[^>]*><v>(\d+)</v></c>', xml)
            ]
            xml = re.sub(
                r'<c r="C1"[^>]*t="s"[^>]*><v>\d+</v></c>',
                '<c r="C1" t="inlineStr"><is><t>' + "0" * 64 + "</t></is></c>",
                xml,
                count=1,
            )
        chunks = [(int(r), t) for r, t in cells if int(r) >= 3]
        from xml.sax.saxutils import unescape

        text = "".join(unescape(t) for _, t in chunks)
        doc, done = mutate_json_doc(rng, json.loads(text), rng.choice([1, 1, 2]))
        new = json.dumps(doc, ensure_ascii=True, allow_nan=True)
        pieces = [new[i : i + 32_000] for i in range(0, len(new), 32_000)] or [""]
        digest = hashlib.sha256(new.encode("ascii")).hexdigest()
        head = re.sub(r'(<c r="C1"[^>]*><is><t[^>]*>)[0-9a-f]{64}', rf"\g<1>{digest}", xml, count=1)
        head = re.sub(r'(<c r="B2"[^>]*><v>)\d+', rf"\g<1>{len(pieces)}", head, count=1)
        start = head.index('<row r="3"')
        end = head.index("</sheetData>")
        rows = "".join(
            f'<row r="{3 + i}"><c r="A{3 + i}" t="inlineStr"><is><t>{escape(p)}</t></is></c></row>'
            for i, p in enumerate(pieces)
        )
        members[k] = (name, (head[:start] + rows + head[end:]).encode("utf-8"))
        return ["resigned_json: " + "; ".join(done)]
    return ["resigned_json (no data sheet)"]


def _shared_strings(members: list[tuple[str, bytes]]) -> list[str]:
    for name, body in members:
        if name == "xl/sharedStrings.xml":
            return re.findall(r"<si><t[^>]*>([^<]*)</t></si>", body.decode("utf-8"))
    return []


def mutate_workbook(rng: random.Random, data: bytes) -> tuple[bytes, list[str]]:
    """A damaged workbook made from the valid one in ``data``."""
    roll = rng.random()
    if roll < 0.25:
        out, what = rng.choice(BYTE_MUTATIONS)(rng, data)
        return out, [what]
    members = unzip(data)
    done: list[str] = []
    if roll < 0.40:
        op = rng.randrange(4)
        i = rng.randrange(len(members))
        name = members[i][0]
        if op == 0:
            del members[i]
            done.append(f"delete_member {name}")
        elif op == 1:
            members.insert(rng.randrange(len(members) + 1), (name, members[i][1]))
            done.append(f"duplicate_member {name}")
        elif op == 2:
            new = rng.choice(
                [
                    "xl/worksheets/sheet9.xml",
                    name.upper(),
                    name + " ",
                    "/" + name,
                    "../" + name,
                    name.replace("/", "\\"),
                ]
            )
            members[i] = (new, members[i][1])
            done.append(f"rename_member {name} -> {new}")
        else:
            members.append(
                (
                    rng.choice(
                        [
                            "xl/junk.xml",
                            "xl/sharedStrings.xml",
                            "xl/vbaProject.bin",
                            "xl/worksheets/sheet7.xml",
                        ]
                    ),
                    b"<x/>" * rng.randrange(5),
                )
            )
            done.append("add_member")
    elif roll < 0.55:
        done += _data_sheet_resigned(rng, members)
    else:
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            if rng.random() < 0.1:
                i = next(k for k, (n, _) in enumerate(members) if n == "xl/workbook.xml")
                xml, what = x_sheet_names(rng, members[i][1].decode("utf-8"))
            else:
                i = _pick_xml(rng, members)
                xml, what = rng.choice(XML_MUTATIONS)(rng, members[i][1].decode("utf-8"))
            members[i] = (members[i][0], xml.encode("utf-8", errors="surrogatepass"))
            done.append(f"{members[i][0]}: {what}")
    return rezip(members), done
