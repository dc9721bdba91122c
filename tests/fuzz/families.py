"""The known families of import refusal messages, taken from the importing code's own messages.

A refusal's message must match one of these (after the file name is replaced by ``<file>``):
a message from anywhere else (a library's text, an exception's repr) is not a known message.
Sources: ``svmi_desktop/importing/preflight.py`` (P), ``importing/__init__.py`` (I),
``importing/workbook_reader.py`` (W), ``formats/assessment_file.py`` (J) and
``domain/entry_rules.py`` (E).
"""

from __future__ import annotations

import re

FAMILIES: dict[str, str] = {
    # P: what the first bytes and the zip say
    "P empty": r"^<file> is empty \(0 bytes\)",
    "P too large": r"^<file> is (?:[\d.]+ MB;|larger than)",
    "P ole2": r"^<file> is (?:a password-protected workbook|an old Excel 97-2003)",
    "P pdf": r"^<file> is a PDF document",
    "P damaged zip": r"^<file> is damaged: (?:it starts like a workbook|it looks like a workbook but"
    r"|the part .* cannot be unpacked)",
    "P unrecognised": r"^<file> is not a workbook or an assessment file \(unrecognised contents\)",
    "P csv or text": r"^<file> is (?:a CSV or other plain-text table|plain text, not a workbook)",
    "P zip limits": r"^<file> (?:has [\d,]+ parts inside|would unpack to more than|has a part that "
    r"unpacks|has more than [\d,]+ (?:cells in its sheets|different texts))",
    "P special file": r"^<file> is (?:a named pipe \(FIFO\)|a device|a socket|a special file)",
    "P unsafe name": r"^<file> contains an unsafe part name",
    "P not a workbook zip": r"^<file> is (?:an Excel binary|a Word|a PowerPoint|an OpenDocument|a zip"
    r" archive).*not an Excel workbook",
    "P entities": r"^<file> contains XML entity declarations",
    # I
    "I not utf-8": r"^<file> is not UTF-8 text, so it is not an assessment file$",
    # W: the workbook's sheets
    "W damaged": r"^<file> is damaged and cannot be read as a workbook$",
    "W not ours": r"^<file> was not made by SVMI Desktop \(it has no hidden svmi_data sheet\)",
    "W no sheet": r"^<file> has no 'Self Assessment' sheet",
    "W data sheet": r"^<file> \(svmi_data sheet\) (?:does not hold SVMI Desktop data|uses data "
    r"layout|is damaged \(|was changed or damaged \(its checksum)",
    "W header": r"^Self Assessment!\w1 should say '.*' but says .*; the sheet's columns were changed",
    "W too many rows": r"^<file>: the Self Assessment sheet has more than [\d,]+ rows",
    "W bad ref": r"^Self Assessment!B\d+ (?:has .*, which is not a criterion of the|repeats )",
    "W answer rule": r"^Self Assessment!F\d+ says No while E\d+ says Yes",
    "W missing row": r"^the Self Assessment sheet has no row for ",
    "W not asked": r"^Self Assessment!\w\d+ says .*, but .* (?:shares its answer with|is a "
    r"description that is not asked)",
    "W yes no": r"^Self Assessment!\w\d+ says .*; use Yes, No or leave it blank$",
    # E: the other editable sheets (issue 12)
    "E org row": r"^Organisation!A\d+ should say '.*' but says .*; the sheet's rows were changed",
    "E org empty": r"^Organisation![AB]\d+ is empty",
    "E cell": r"^(?:Organisation|Action Plan)!\w+\d+ (?:says .*; (?:write a date as|use "
    r"a whole number|choose the action's theme|choose a target level|the status is)"
    r"|has .*, which is neither a criterion|repeats )",
    "E rows": r"^the (?:Organisation|Action Plan) sheet has more than [\d,]+ rows",
    # E: a visible cell refused by the entry rules (domain/entry_rules.py), naming cell and field
    "E cell text": r"^(?:Self Assessment|Organisation|Action Plan|svmi_data)!\w+\d+(?: \(.*\))? "
    r"contains a character that cannot be stored \(an unpaired surrogate",
    "E cell date": r"^(?:Organisation|Action Plan)!\w+\d+ \(.*\) is [\d-]+; a date must be "
    r"between 2000 and 2100\. Nothing was changed\.$",
    "E cell too long": r"^(?:(?:Organisation|Action Plan)!\w+\d+ \(.*\)|The note on theme \w+ "
    r"\(Self Assessment sheet, Notes column\)) is [\d,]+ characters; the limit "
    r"(?:for a name or label )?is [\d,]+",
    # J: the assessment file (also reached through the workbook's svmi_data)
    "J not json": r"^<file> is not valid JSON \(line \d+: ",
    "J nested": r"^<file> is nested too deeply to be an assessment file$",
    "J number": r"^<file> has a number too large to be in an assessment file",
    "J not ours": r'^<file> is not an SVMI assessment file \(no "format": "svmi-assessment"\)$',
    "J version": r"^<file> is assessment format version .*; this app reads version 1$",
    "J unknown key": r"^<file>: .*unknown key ",
    "J missing": r"^<file>(?::.*)?: missing \w+$",
    "J must be text": r"^<file>(?::.*)?: \w+ must be text$|^<file>: notes\.\S* must be text$",
    "J too long": r"^<file>: .* is [\d,]+ characters; the limit is 32,767 \(what one spreadsheet cell holds\), so shorten it; nothing was changed$",
    "J unknown index": r"^<file> uses the unknown index ",
    "J must be object": r"^<file>: (?:\w+ must be an object|actions\[\d+\] must be an object"
    r"|workshop\.participants\[\d+\] must be an object with a role)$",
    "J must be list": r"^<file>: (?:actions|workshop\.participants) must be a list$",
    "J empty": r"^<file>: (?:organisation\.name|actions\[\d+\]\.action) is empty$",
    "J date": r"^<file>: .*(?:must be a date written|is not a date written) YYYY-MM-DD",
    "J horizon": r"^<file>: workshop\.horizon_years must be a whole number of years",
    "J answers": r"^<file>: answers(?: must be an object keyed by criterion id$| has the "
    r"unknown criterion id |\.\S+ (?:restates |is a description, not a question"
    r"|must be an object with present/future|says met now but not in future)"
    r"|\.\S+\.(?:present|future) must be true or false, not )",
    "J notes": r"^<file>: notes (?:must be an object keyed by theme code|has the unknown theme )",
    "J actions": r"^<file>: actions\[\d+\](?: names the unknown (?:criterion id|theme) |\.year must"
    r" be a whole number|\.target_level must be|\.id .* is used twice|\.status must "
    r"be one of)",
    # E: the entry rules every file, workbook and text box shares (domain/entry_rules.py)
    "E text": r"^<file> cannot be used: .* contains a character that cannot be stored \(an "
    r"unpaired surrogate",
    "E date": r"^<file> cannot be used: .* is [\d-]+; a date must be between 2000 and 2100",
    "E too long": r"^<file> cannot be used: .* is [\d,]+ characters; the limit (?:for a name or "
    r"label )?is [\d,]+",
}
_COMPILED = {name: re.compile(pattern, re.S) for name, pattern in FAMILIES.items()}


def normalise(message: str, file_name: str) -> str:
    return message.replace(file_name, "<file>")


def family(message: str, file_name: str) -> str | None:
    """The family a refusal message belongs to, or None for an unknown message."""
    text = normalise(message, file_name)
    for name, pattern in _COMPILED.items():
        if pattern.search(text):
            return name
    return None


def shape(message: str, file_name: str) -> str:
    """The message with its file name, numbers, cell references and quoted values blanked out,
    so that distinct messages can be counted."""
    text = normalise(message, file_name)
    text = re.sub(r"'[^']*'|\"[^\"]*\"|\([^()]*\)", "…", text)
    text = re.sub(r"\b[A-Z]?\d[\d,.]*\b", "#", text)
    return text
