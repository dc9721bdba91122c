"""A benchmark figure beside its goal, and the table that prints them."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    goal: float | None  # the limit from the issue, in the same unit
    goal_text: str  # e.g. "<= 16 ms"; "(information)" when there is no goal
    higher_is_better: bool = False

    @property
    def verdict(self) -> str:
        if self.goal is None or math.isnan(self.value):
            return ""
        ok = self.value >= self.goal if self.higher_is_better else self.value <= self.goal
        return "meets" if ok else "MISSES"


def render(rows: list[Figure]) -> str:
    width = max(len(r.name) for r in rows)
    lines = [f"{'figure':<{width}}  {'value':>12}  {'goal':<16} verdict", "-" * (width + 42)]
    for r in rows:
        value = "n/a" if math.isnan(r.value) else f"{r.value:,.2f} {r.unit}".strip()
        lines.append(f"{r.name:<{width}}  {value:>12}  {r.goal_text:<16} {r.verdict}")
    return "\n".join(lines)
