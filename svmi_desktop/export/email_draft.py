"""The email draft (``.eml``): a prefilled, unsent message with the exports attached.

Built with the standard library's :class:`email.message.EmailMessage` and ``policy.SMTP``
(CRLF line ends, RFC 2047 for non-ASCII subjects, RFC 2231 for non-ASCII file names).
``X-Unsent: 1`` makes Outlook open it as a draft ready to send. Every header value is made
one line first (CR, LF, NUL, other controls and Unicode line separators removed), so no text
from the assessment can inject a header (CVE-2024-6923 style).
"""

from __future__ import annotations

import datetime as _dt
import mimetypes
import re
from collections.abc import Sequence
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

from ..domain import wording
from ..errors import SvmiError
from .summary import Facts, biggest_gaps, overall_text, target_text, year_actions
from .text import clean_text, one_line

SUBJECT_ORG_CHARS = 120
#: As policy.SMTP, but a header we encoded ourselves is written as it is, never refolded.
_POLICY = policy.SMTP.clone(refold_source="none")
_NAMED = re.compile(r"^([^<>@,;:]*)<([^<>]*)>$")
_LINE_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_ADDRESS = re.compile(r"^[^@\s<>,;:\"()\[\]\\]+@[^@\s<>,;:\"()\[\]\\]+\.[^@\s<>,;:\"()\[\]\\]+$")


def E(text: str) -> str:
    """A wording of the email, in the export's language (context "Email" of the catalogue)."""
    return wording.tr("Email", text)


def subject(facts: Facts) -> str:
    org = one_line(facts.organisation, SUBJECT_ORG_CHARS)
    return wording.both(
        lambda: wording.trf(
            "Email",
            "SVMI self-assessment – %1 – %2",
            org,
            facts.assessment.workshop.date.isoformat(),
        )
    )


def recipients(text: str) -> str:
    """The To header from the user's setting: addresses separated by commas or semicolons.

    Raises :class:`SvmiError` for anything that is not an email address, rather than write
    a header a mail client would misread.
    """
    if _LINE_BREAKS.search(text):
        raise SvmiError(
            f"{one_line(text)[:80]!r} is not an email address; write it like name@example.org"
        )
    out = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        named = _NAMED.match(part)
        name, addr = (
            (named.group(1).strip().strip('"').strip(), named.group(2)) if named else ("", part)
        )
        if not _ADDRESS.match(addr) or '"' in name:
            raise SvmiError(
                f"{part[:80]!r} is not an email address; write it like name@example.org"
            )
        out.append(f'"{name}" <{addr}>' if name else addr)
    return ", ".join(out)


def body(facts: Facts) -> str:
    """The message text; bilingual, the whole text in each language, Welsh first."""
    languages = wording.parts()
    if languages is None:
        return _body(facts)
    texts = []
    for part in languages:
        with wording.using(part):
            texts.append(_body(facts))
    return "\n----\n\n".join(texts)


def _body(facts: Facts) -> str:
    a, ev = facts.assessment, facts.evaluation
    years = a.workshop.horizon_years
    lines = [
        E("Hello,"),
        "",
        wording.trf(
            "Email",
            "Attached are the results of the Social Value Maturity Index (SVMI) self-assessment "
            "workshop held on %1 for %2.",
            a.workshop.date.isoformat(),
            one_line(a.organisation.name),
        ),
        "",
        wording.trf("Email", "Overall level now: %1", overall_text(ev.present)),
        wording.trf(
            "Email",
            "Overall level %1: %2",
            wording.future_label(years).lower(),
            overall_text(ev.future),
        ),
        "",
    ]
    gaps = biggest_gaps(ev)
    if gaps:
        lines.append(E("The themes with the biggest gaps:"))
        for r in gaps:
            lines.append(
                wording.trf(
                    "Email",
                    "- %1: %2 now, %3 planned",
                    r.theme.title,
                    wording.theme_level_text(
                        r.present.level, r.present.incomplete, r.present.not_answered_yet
                    ),
                    wording.theme_level_text(
                        r.future.level, r.future.incomplete, r.future.not_answered_yet
                    ),
                )
            )
    else:
        lines.append(E("No theme is planned to move up a level."))
    lines.append("")
    actions = year_actions(facts.plan, 1)
    if actions:
        lines.append(E("Year 1 actions:"))
        for item in actions:
            due = wording.trf("Email", "due %1", item.due.isoformat())
            extra = [p for p in (one_line(item.owner), due) if p]
            target = target_text(item)  # "Leader (stretch)": stretch said in every output
            if target:
                extra.insert(0, target)
            lines.append(f"- [{item.theme}] {one_line(item.action)} ({', '.join(extra)})")
    else:
        lines.append(E("There are no year 1 actions."))
    lines += [
        "",
        E(
            "The workbook (.xlsx) holds the answers, the results with a radar chart and the full "
            "action plan; the PDF report explains each theme's level. The HTML file is the "
            "accessible version of the report, for screen readers and any screen size."
        ),
        "",
        E("Made with SVMI Desktop."),
    ]
    return clean_text("\n".join(lines)) + "\n"


def email_bytes(
    facts: Facts,
    attachments: Sequence[tuple[str, bytes]],
    to: str = "",
    now: _dt.datetime | None = None,
) -> bytes:
    """The draft as bytes (CRLF line ends), attachments byte-identical to ``attachments``."""
    msg = EmailMessage(policy=_POLICY)
    msg["X-Unsent"] = "1"
    to_header = recipients(to)
    if to_header:
        msg["To"] = to_header
    _set_subject(msg, subject(facts))
    msg["Date"] = format_datetime((now or _dt.datetime.now()).astimezone())
    msg.set_content(body(facts), charset="utf-8")
    for name, data in attachments:
        safe = one_line(name, 120) or "attachment"
        ctype = mimetypes.guess_type(safe)[0] or "application/octet-stream"
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=safe)
    return msg.as_bytes(policy=_POLICY)


def _set_subject(msg: EmailMessage, text: str) -> None:
    """The Subject, every space kept.

    The standard library's folder splits a non-ASCII subject into encoded words at spaces and
    drops the space between two of them ("Llŷn– Łódź –" came back "Łódź–"); RFC 2047 says
    whitespace between encoded words is ignored. ``email.header.Header`` encodes the spaces
    inside the words, so nothing is lost.
    """
    if text.isascii():
        msg["Subject"] = text
        return
    from email.header import Header

    msg.set_raw("Subject", Header(text, "utf-8", header_name="Subject").encode(linesep="\r\n"))
