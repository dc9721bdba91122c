"""The JSON that ``svmi evaluate`` prints (DESIGN.md section 7): results and action plan.

Only formatting: the results come from :func:`svmi_desktop.domain.results.assess`, computed
once by the caller. Keys may be added over time; none of the documented ones is ever renamed,
and the values stay those of version 1 (English level names, "Not started"), whatever the
interface language: they are data for scripts, not wording (docs/decisions.md).
"""

from __future__ import annotations

from typing import Any

from ..domain.action_plan import ActionItem
from ..domain.assessment import Assessment
from ..domain.criteria import Index
from ..domain.results import Results
from ..domain.scoring import OverallLevel, ThemeLevel, Why


def evaluation_dict(index: Index, assessment: Assessment, results: Results) -> dict[str, Any]:
    """The results and plan of ``assessment`` (already assessed) as ``svmi evaluate`` prints."""
    evaluation, plan = results.evaluation, results.plan
    return {
        "index": index.id,
        "index_version": index.version,
        "organisation": assessment.organisation.name,
        "themes": [
            {
                "code": r.theme.code,
                "title": r.theme.title,
                "present": _level(r.present),
                "future": _level(r.future),
                "why": [_why(r.present.why), _why(r.future.why)],
            }
            for r in evaluation.themes
        ],
        "overall": {"present": _overall(evaluation.present), "future": _overall(evaluation.future)},
        "action_plan": [action_dict(item) for item in plan.items],
    }


def _level(t: ThemeLevel) -> dict[str, Any]:
    """``not_answered_yet``: 0 only because nobody has answered the compliance questions (the
    screen and every file then say "Not answered yet"); an added key, the values are as before."""
    return {
        "level": int(t.level),
        "name": t.level.label,
        "incomplete": t.incomplete,
        "not_answered_yet": t.not_answered_yet,
    }


def _overall(o: OverallLevel) -> dict[str, Any]:
    return {
        "mean": o.mean,
        "level": int(o.level),
        "name": o.level.label,
        "incomplete": o.incomplete,
    }


def _why(w: Why) -> dict[str, Any]:
    return {
        "scope": w.scope.value,
        "level": int(w.level),
        "next_level": int(w.next_level) if w.next_level is not None else None,
        "next": w.next_level.label if w.next_level is not None else None,
        "missing": [{"id": c.id, "statement": c.statement} for c in w.missing],
        "unanswered": [c.id for c in w.unanswered],
        "text": w.sentence,
    }


def action_dict(item: ActionItem) -> dict[str, Any]:
    return {
        "theme": item.theme,
        "criterion": item.criterion,
        "id": item.custom_id,
        "target_level": int(item.target_level) if item.target_level is not None else None,
        "target": item.target_level.label if item.target_level is not None else None,
        "phase": item.phase,
        "year": item.year,
        "action": item.action,
        "stretch": item.stretch,
        "owner": item.owner,
        "due": item.due.isoformat(),
        "status": item.status.v1_value,
        "note": item.note,
    }


def index_dict(index: Index) -> dict[str, Any]:
    """What ``svmi criteria INDEX --json`` prints."""
    return {
        "id": index.id,
        "version": index.version,
        "title": index.title,
        "source": index.source,
        "levels": [
            {"level": int(level), "name": level.label, "description": text}
            for level, text in index.level_descriptions.items()
        ],
        "themes": [
            {
                "code": t.code,
                "title": t.title,
                "short": t.short,
                "question": t.question,
                "criteria": [
                    {
                        "id": c.id,
                        "level": c.level.key,
                        "kind": c.kind.value,
                        "statement": c.statement,
                        "display": c.display,
                        "action": c.action,
                        "same_as": c.same_as,
                    }
                    for c in t.criteria
                ],
            }
            for t in index.themes
        ],
    }
