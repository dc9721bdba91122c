"""The report's own wording, shared by the PDF and the HTML report (plain text, not escaped).

Levels, the horizon and plan targets come from :mod:`..domain.wording`; this module only adds
the report's sentences, so the two files of one report always say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..domain import wording
from ..domain.action_plan import ActionItem
from ..domain.scoring import ThemeLevel, ThemeResult
from .summary import Facts, overall_text

CTX = "Report"


def t(text: str) -> str:
    """A visible report label, translatable in the "Report" context."""
    return wording.tr(CTX, text)


def accessible_note() -> str:
    """Said on the PDF's first page and the export page."""
    return t(
        "An accessible version of this report, for screen readers and any screen size, "
        "is the HTML file exported beside it."
    )


def cover_rows(facts: Facts) -> list[tuple[str, str]]:
    a = facts.assessment
    w = a.workshop
    rows = [
        (t("Type"), wording.organisation_type_label(a.organisation.type)),
        (t("Region"), a.organisation.region),
        (t("Workshop date"), f"{w.date.day} {w.date:%B %Y}"),
        (t("Facilitator"), w.facilitator),
        (t("Programme horizon"), wording.tr(CTX, "%n year(s)", w.horizon_years)),
        (t("Index"), wording.trf(CTX, "%1 (version %2)", facts.index.title, a.index_version)),
    ]
    return [(k, v) for k, v in rows if v.strip()]


def overall_line(facts: Facts) -> tuple[str, str, str, str]:
    """("Overall level now", "2.4 Mature", "In 3 years", "3.1 Leader")."""
    ev, years = facts.evaluation, facts.assessment.workshop.horizon_years
    return (
        t("Overall level now"),
        overall_text(ev.present),
        wording.future_label(years),
        overall_text(ev.future),
    )


def overall_sentence(facts: Facts) -> str:
    ev = facts.evaluation
    text = wording.trf(
        CTX,
        "The overall level is the mean of the %1 theme levels: %2 now and %3 in future.",
        len(ev.themes),
        overall_text(ev.present),
        overall_text(ev.future),
    )
    if ev.present.incomplete or ev.future.incomplete:
        text += " " + wording.provisional_note()
    return text


@dataclass(frozen=True)
class WhyLines:
    """One scope of "why this level": the sentence, what was answered No, what is unanswered."""

    label: str
    sentence: str
    failed: tuple[tuple[str, str], ...]  # (criterion id, text)
    unanswered: str  # "Not answered yet: A.F1, A.M2." or ""


def why_lines(r: ThemeResult, horizon_years: int) -> list[WhyLines]:
    """Unanswered criteria are reported as unanswered, never among the unmet (issue 13)."""

    def one(label: str, tl: ThemeLevel) -> WhyLines:
        why = tl.why
        ids = ", ".join(c.id for c in why.unanswered)
        return WhyLines(
            label,
            why.sentence,
            tuple((c.id, c.text) for c in why.failed),
            wording.trf(CTX, "Not answered yet: %1.", ids) if ids else "",
        )

    return [one(wording.now_label(), r.present), one(wording.future_label(horizon_years), r.future)]


def target_label(item: ActionItem) -> str:
    """ "Leader", "Leader (stretch)", or "" for a custom action without a target."""
    return wording.target_text(item.target_level, item.stretch)


def status_label(item: ActionItem) -> str:
    return wording.status_label(item.status.value)


def plan_headers() -> list[str]:
    return [t("Theme"), t("Action"), t("Target"), t("Owner"), t("Due"), t("Status")]


def has_stretch(items: tuple[ActionItem, ...] | list[ActionItem]) -> bool:
    return any(i.stretch for i in items)


def user_fields(facts: Facts) -> list[tuple[str, str]]:
    """Every free-text field the report prints, named the way a facilitator knows it."""
    a = facts.assessment
    w = a.workshop
    fields = [
        (t("The organisation name"), a.organisation.name),
        (t("The organisation type"), a.organisation.type),
        (t("The region"), a.organisation.region),
        (t("The facilitator"), w.facilitator),
    ]
    for n, p in enumerate(w.participants, start=1):
        fields.append((wording.trf(CTX, "Participant %1's role", n), p.role))
        fields.append((wording.trf(CTX, "Participant %1's name", n), p.name))
    for code, note in a.notes.items():
        fields.append((wording.trf(CTX, "The note for theme %1", code), note))
    for item in facts.plan.items:
        ref = item.criterion or wording.trf(CTX, "a custom action of theme %1", item.theme)
        fields.append((wording.trf(CTX, "The action %1", ref), item.action))
        fields.append((wording.trf(CTX, "The owner of action %1", ref), item.owner))
        fields.append((wording.trf(CTX, "The note on action %1", ref), item.note))
    return [(name, text) for name, text in fields if text]
