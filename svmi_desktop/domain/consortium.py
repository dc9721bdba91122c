"""Several bodies together (a consortium): members × themes, spread per theme, rounds over time.

Pure aggregation over :class:`Submission` values (one per file read); the reading is in
:mod:`svmi_desktop.importing.consortium_reader`. Rules, each in one place here:

- **Never mixed.** Submissions are grouped by index id *and* version; the largest group is the
  consortium, the others are listed apart with their own figures, never folded in.
- **One body, one member.** A body is its organisation key when the file has one, else its
  name folded for case and spacing; its latest submission (by date, then file name) is its
  member row. A *round* is a calendar year: each body's latest submission in that year.
- **Median** is the lower median (``statistics.median_low``): always a real level, and a
  consortium of two never shows a level nobody is at.
- **Names** are hidden (Member 1, 2, … in level order, which says nothing about the file) unless
  the facilitator chooses to show every member; the default shows them only from
  :data:`NAME_THRESHOLD` members up.
"""

from __future__ import annotations

import datetime as _dt
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import wording

NAME_THRESHOLD = 5


@dataclass(frozen=True)
class Submission:
    """One body's assessment as read from one file: theme levels in the index's theme order."""

    source: str
    name: str
    body_key: str
    index_id: str
    index_version: str
    date: _dt.date
    codes: tuple[str, ...]
    labels: tuple[str, ...]
    present: tuple[int, ...]
    future: tuple[int, ...]
    provisional: bool = False

    @property
    def present_mean(self) -> float:
        return sum(self.present) / len(self.present) if self.present else 0.0


@dataclass(frozen=True)
class Refused:
    """A file that could not be read, and why (one sentence)."""

    source: str
    reason: str


@dataclass(frozen=True)
class Spread:
    minimum: int
    median: int
    maximum: int


@dataclass(frozen=True)
class ThemeStats:
    code: str
    count: int
    present: Spread
    future: Spread


@dataclass(frozen=True)
class Member:
    label: str
    submission: Submission


@dataclass(frozen=True)
class Round:
    """One calendar year: how many bodies, the median per theme, and who came back."""

    year: int
    count: int
    median_present: tuple[int, ...]
    returning: int  # bodies also in the previous round


@dataclass(frozen=True)
class Group:
    """The submissions of one index and version."""

    index_id: str
    index_version: str
    codes: tuple[str, ...]
    labels: tuple[str, ...]
    members: tuple[Member, ...]
    stats: tuple[ThemeStats, ...]
    rounds: tuple[Round, ...]
    files: int
    names_shown: bool
    #: Bodies in both the first and the last round, and the median change of their overall mean.
    returning_bodies: int = 0
    median_change: float | None = None

    def median_present(self) -> tuple[int, ...]:
        return tuple(s.present.median for s in self.stats)

    def median_future(self) -> tuple[int, ...]:
        return tuple(s.future.median for s in self.stats)


@dataclass(frozen=True)
class Consortium:
    main: Group | None
    apart: tuple[Group, ...]
    refused: tuple[Refused, ...]


def fold_name(name: str) -> str:
    """A body's name as a key when its file has no organisation key."""
    return "name:" + " ".join(name.casefold().split())


def names_shown(count: int, choice: bool | None) -> bool:
    """Whether member names are shown: the facilitator's choice, else only from 5 members up."""
    return choice if choice is not None else count >= NAME_THRESHOLD


def _spread(values: Sequence[int]) -> Spread:
    return Spread(min(values), int(statistics.median_low(values)), max(values))


def _latest(subs: Iterable[Submission]) -> dict[str, Submission]:
    latest: dict[str, Submission] = {}
    for sub in subs:
        kept = latest.get(sub.body_key)
        if kept is None or (sub.date, sub.source) > (kept.date, kept.source):
            latest[sub.body_key] = sub
    return latest


def group(subs: Sequence[Submission], show_names: bool | None = None) -> Group:
    """Aggregate submissions that share one index and version."""
    first = subs[0]
    if any((s.index_id, s.index_version) != (first.index_id, first.index_version) for s in subs):
        raise ValueError("a group holds one index and version only")
    latest = _latest(subs)
    shown = names_shown(len(latest), show_names)
    ordered = sorted(latest.values(), key=lambda s: (s.name.casefold(), s.body_key))
    if not shown:  # level order: says nothing about names or file order
        ordered = sorted(latest.values(), key=lambda s: (-s.present_mean, s.present, s.body_key))
    members = tuple(
        Member(s.name if shown else wording.member_label(n), s) for n, s in enumerate(ordered, 1)
    )
    n_themes = len(first.codes)
    stats = tuple(
        ThemeStats(
            first.codes[t],
            len(members),
            _spread([m.submission.present[t] for m in members]),
            _spread([m.submission.future[t] for m in members]),
        )
        for t in range(n_themes)
    )
    by_year: dict[int, list[Submission]] = {}
    for s in subs:
        by_year.setdefault(s.date.year, []).append(s)
    rounds, previous = [], set[str]()
    yearly: dict[int, dict[str, Submission]] = {}
    for year in sorted(by_year):
        bodies = _latest(by_year[year])
        yearly[year] = bodies
        medians = tuple(
            int(statistics.median_low([b.present[t] for b in bodies.values()]))
            for t in range(n_themes)
        )
        rounds.append(Round(year, len(bodies), medians, len(previous & set(bodies))))
        previous = set(bodies)
    returning, change = 0, None
    if len(yearly) > 1:
        years = sorted(yearly)
        start, end = yearly[years[0]], yearly[years[-1]]
        both = sorted(set(start) & set(end))
        returning = len(both)
        if both:
            change = statistics.median(end[k].present_mean - start[k].present_mean for k in both)
    return Group(
        index_id=first.index_id,
        index_version=first.index_version,
        codes=first.codes,
        labels=first.labels,
        members=members,
        stats=stats,
        rounds=tuple(rounds),
        files=len(subs),
        names_shown=shown,
        returning_bodies=returning,
        median_change=change,
    )


def aggregate(
    subs: Sequence[Submission],
    refused: Sequence[Refused] = (),
    show_names: bool | None = None,
) -> Consortium:
    """The consortium (largest index-and-version group) and everything listed apart."""
    groups: dict[tuple[str, str], list[Submission]] = {}
    for s in subs:
        groups.setdefault((s.index_id, s.index_version), []).append(s)
    built = sorted(
        (group(g, show_names) for g in groups.values()),
        key=lambda g: (-g.files, g.index_id, g.index_version),
    )
    return Consortium(
        main=built[0] if built else None,
        apart=tuple(built[1:]),
        refused=tuple(sorted(refused, key=lambda r: r.source)),
    )


def consortium_dict(c: Consortium) -> dict[str, object]:
    """The JSON form ``svmi consortium`` prints."""

    def group_dict(g: Group) -> dict[str, object]:
        return {
            "index": g.index_id,
            "index_version": g.index_version,
            "files": g.files,
            "members": len(g.members),
            "names_shown": g.names_shown,
            "themes": [
                {
                    "theme": s.code,
                    "count": s.count,
                    "present": {
                        "min": s.present.minimum,
                        "median": s.present.median,
                        "max": s.present.maximum,
                    },
                    "future": {
                        "min": s.future.minimum,
                        "median": s.future.median,
                        "max": s.future.maximum,
                    },
                }
                for s in g.stats
            ],
            "member_levels": [
                {
                    "member": m.label,
                    "date": m.submission.date.isoformat(),
                    "present": list(m.submission.present),
                    "future": list(m.submission.future),
                }
                for m in g.members
            ],
            "rounds": [
                {
                    "year": r.year,
                    "bodies": r.count,
                    "returning": r.returning,
                    "median_present": list(r.median_present),
                }
                for r in g.rounds
            ],
            "returning_bodies": g.returning_bodies,
            "median_change": g.median_change,
        }

    return {
        "consortium": group_dict(c.main) if c.main else None,
        "listed_apart": [group_dict(g) for g in c.apart],
        "refused": [{"file": r.source, "reason": r.reason} for r in c.refused],
    }
