"""What an imported workbook's visible sheets changed, field by field (field, old, new).

The visible sheets win over the hidden ``svmi_data``; :func:`differences` lists every field in
which the two disagree, so the person importing sees each change before anything is stored.
"""

from __future__ import annotations

import datetime as _dt

from ..domain import wording
from ..domain.assessment import ActionEdit, Assessment, CustomAction

#: How much of a long text a difference line shows.
SHOWN = 60


class Difference(str):
    """One field the sheet changed: ``old`` is in svmi_data, ``new`` in the visible sheet.

    It is the line a person reads ("C.L2 present: No in the data, Yes in the sheet"), so every
    consumer that shows lines keeps working, with ``field``, ``old`` and ``new`` beside it.
    """

    field: str
    old: str
    new: str

    def __new__(cls, field: str, old: str, new: str) -> Difference:
        self = super().__new__(cls, f"{field}: {old} in the data, {new} in the sheet")
        self.field, self.old, self.new = field, old, new
        return self

    def __repr__(self) -> str:
        return f"Difference({self.field!r}, {self.old!r}, {self.new!r})"


def report(changes: list[Difference]) -> str:
    """The whole report, for the CLI and the app's import dialog."""
    if not changes:
        return ""
    head = (
        f"The workbook's visible sheets differ from its hidden svmi_data in {len(changes)} "
        f"field{'s' if len(changes) != 1 else ''}; the visible sheets win:"
    )
    return "\n".join([head, *(f"- {c}" for c in changes)])


def differences(
    data: Assessment, sheet: Assessment, asked_ids: tuple[str, ...]
) -> list[Difference]:
    out: list[Difference] = []
    for cid in asked_ids:
        old, new = data.answer(cid), sheet.answer(cid)
        for field in ("present", "future"):
            _add(out, f"{cid} {field}", _word(getattr(old, field)), _word(getattr(new, field)))
    for code in sorted(set(data.notes) | set(sheet.notes)):
        _add(
            out,
            f"the note on theme {code}",
            _text(data.notes.get(code, "")),
            _text(sheet.notes.get(code, "")),
        )
    o, n = data.organisation, sheet.organisation
    _add(out, "organisation name", _text(o.name), _text(n.name))
    _add(out, "organisation type", _text(o.type), _text(n.type))
    _add(out, "region", _text(o.region), _text(n.region))
    w, v = data.workshop, sheet.workshop
    _add(out, "workshop date", w.date.isoformat(), v.date.isoformat())
    _add(out, "facilitator", _text(w.facilitator), _text(v.facilitator))
    _add(out, "programme horizon (years)", str(w.horizon_years), str(v.horizon_years))
    for i in range(max(len(w.participants), len(v.participants))):
        before = w.participants[i] if i < len(w.participants) else None
        after = v.participants[i] if i < len(v.participants) else None
        _add(
            out,
            f"participant {i + 1} role",
            _text(before.role) if before else "(none)",
            _text(after.role) if after else "(none)",
        )
        _add(
            out,
            f"participant {i + 1} name",
            _text(before.name) if before else "(none)",
            _text(after.name) if after else "(none)",
        )
    for cid in sorted(set(data.action_edits) | set(sheet.action_edits)):
        _edit(
            out,
            f"the action of {cid}",
            data.action_edits.get(cid, ActionEdit()),
            sheet.action_edits.get(cid, ActionEdit()),
        )
    old_customs = {c.id: c for c in data.custom_actions}
    new_customs = {c.id: c for c in sheet.custom_actions}
    for cid in [*old_customs, *(k for k in new_customs if k not in old_customs)]:
        _custom(out, cid, old_customs.get(cid), new_customs.get(cid))
    return out


def _custom(
    out: list[Difference], cid: str, old: CustomAction | None, new: CustomAction | None
) -> None:
    where = f"custom action {cid}"
    if old is None or new is None:
        _add(
            out,
            where,
            _text(old.text) if old else "(none)",
            _text(new.text) if new else "(removed)",
        )
        return
    _add(out, f"{where} text", _text(old.text), _text(new.text))
    _add(out, f"{where} theme", old.theme, new.theme)
    _add(out, f"{where} year", str(old.year), str(new.year))
    _add(out, f"{where} target", _level(old.target_level), _level(new.target_level))
    _edit(
        out,
        where,
        ActionEdit(old.owner, old.due, old.status, old.note),
        ActionEdit(new.owner, new.due, new.status, new.note),
    )


def _edit(out: list[Difference], where: str, old: ActionEdit, new: ActionEdit) -> None:
    _add(out, f"{where} owner", _text(old.owner), _text(new.owner))
    _add(out, f"{where} due date", _date(old.due), _date(new.due))
    _add(
        out,
        f"{where} status",
        wording.status_label(old.status.value),
        wording.status_label(new.status.value),
    )
    _add(out, f"{where} note", _text(old.note), _text(new.note))


def _add(out: list[Difference], field: str, old: str, new: str) -> None:
    if old != new:
        out.append(Difference(field, old, new))


def _word(value: bool | None) -> str:
    return "blank" if value is None else ("Yes" if value else "No")


def _text(value: str) -> str:
    if not value:
        return "blank"
    one = " ".join(value.split())
    return repr(one if len(one) <= SHOWN else one[: SHOWN - 1] + "…")


def _date(day: _dt.date | None) -> str:
    return "the default" if day is None else day.isoformat()


def _level(level: object) -> str:
    return "none" if level is None else getattr(level, "label", str(level))


def settle(data: Assessment, sheet: Assessment) -> Assessment:
    """``sheet`` with each text the export only cleaned (control characters removed, line
    breaks made ``\\n``) put back as it is in the data: the cell was not changed."""
    from dataclasses import replace

    from ..formats.cell_text import clean_text

    def keep(old: str, new: str) -> str:
        return old if new == clean_text(old) else new

    notes = {k: keep(data.notes.get(k, ""), v) for k, v in sheet.notes.items()}
    o, n = data.organisation, sheet.organisation
    organisation = replace(
        n, name=keep(o.name, n.name), type=keep(o.type, n.type), region=keep(o.region, n.region)
    )
    w, v = data.workshop, sheet.workshop
    people = tuple(
        replace(
            p, role=keep(w.participants[i].role, p.role), name=keep(w.participants[i].name, p.name)
        )
        if i < len(w.participants)
        else p
        for i, p in enumerate(v.participants)
    )
    workshop = replace(v, facilitator=keep(w.facilitator, v.facilitator), participants=people)
    edits = {}
    for cid, e in sheet.action_edits.items():
        old = data.action_edits.get(cid, ActionEdit())
        edits[cid] = replace(e, owner=keep(old.owner, e.owner), note=keep(old.note, e.note))
    old_customs = {c.id: c for c in data.custom_actions}
    customs = []
    for c in sheet.custom_actions:
        before = old_customs.get(c.id)
        if before is not None:
            c = replace(
                c,
                text=keep(before.text, c.text),
                owner=keep(before.owner, c.owner),
                note=keep(before.note, c.note),
            )
        customs.append(c)
    return replace(
        sheet,
        notes=notes,
        organisation=organisation,
        workshop=workshop,
        action_edits=edits,
        custom_actions=tuple(customs),
    )
