"""Schema version 4 (issue 11): stored values become keys, never screen labels.

Action statuses were stored as their English labels ("Not started") and organisation types as
the labels the New assessment page offered ("Fire and rescue"); from version 4 both are stable
keys ("not-started", "fire") and the screen and the files translate them. Any other text in
``org_type`` (a type of the user's own) is kept as it is. Readers still accept the old values.
"""

from __future__ import annotations

#: Literal, like every released step: later changes to the domain's tables never edit it.
V4: tuple[str, ...] = (
    "UPDATE action_edits SET status = 'not-started' WHERE status = 'Not started'",
    "UPDATE action_edits SET status = 'in-progress' WHERE status = 'In progress'",
    "UPDATE action_edits SET status = 'done' WHERE status = 'Done'",
    "UPDATE custom_actions SET status = 'not-started' WHERE status = 'Not started'",
    "UPDATE custom_actions SET status = 'in-progress' WHERE status = 'In progress'",
    "UPDATE custom_actions SET status = 'done' WHERE status = 'Done'",
    "UPDATE sessions SET org_type = 'police' WHERE org_type = 'Police'",
    "UPDATE sessions SET org_type = 'fire' WHERE org_type = 'Fire and rescue'",
    "UPDATE sessions SET org_type = 'university' WHERE org_type = 'University'",
    "UPDATE sessions SET org_type = 'council' WHERE org_type = 'Council'",
    "UPDATE sessions SET org_type = 'nhs' WHERE org_type = 'NHS body'",
    "UPDATE sessions SET org_type = 'central-government' WHERE org_type = 'Central government'",
    "UPDATE sessions SET org_type = 'business' WHERE org_type = 'Business'",
    "UPDATE sessions SET org_type = 'other' WHERE org_type = 'Other'",
)
