"""Read an index TOML file into a validated :class:`~svmi_desktop.domain.criteria.Index`.

Every problem is reported as a :class:`CriteriaError` naming the file, the theme and the key,
so that a facilitator who wrote their own index can find and fix the line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..domain.criteria import Criterion, Index, Kind, Theme
from ..domain.entry_rules import check_label
from ..domain.levels import CRITERION_LEVELS, Level
from ..errors import CriteriaError, SvmiError
from ..fileio import read_regular
from .bundled import INDEX_ID_RE, bundled_index_ids, criteria_dir
from .translations import level_translations, split_translations

MAX_INDEX_BYTES = 2_000_000
MAX_SHORT = 28
_TOP_KEYS = {"format", "id", "version", "title", "source", "levels", "themes"}
_THEME_KEYS = {"code", "title", "short", "question", "criteria"}
_CRITERION_KEYS = {"id", "level", "kind", "statement", "action", "display", "same_as", "prompt"}
MAX_PROMPT_CHARS = 300  # a question read aloud in the room
_ID_RE = re.compile(r"^(?P<theme>[A-Z])\.(?P<letter>[FMLI])(?P<n>[1-9][0-9]?)$")
_INDEX_ID_RE = INDEX_ID_RE


@lru_cache(maxsize=8)
def load_index(index_id: str) -> Index:
    """A bundled index by id, e.g. ``"public-sector"``."""
    path = criteria_dir() / f"{index_id}.toml"
    if not _INDEX_ID_RE.match(index_id) or not path.is_file():
        known = ", ".join(bundled_index_ids())
        raise CriteriaError(f"unknown index {index_id!r}; the bundled indexes are: {known}")
    return load_index_file(path)


def load_index_file(path: Path) -> Index:
    """Read and validate one index file (bundled or the user's own)."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_INDEX_BYTES:
            raise CriteriaError(
                f"{name}: the file is {size:,} bytes; an index file is at most 2 MB"
            )
        raw = read_regular(path, MAX_INDEX_BYTES)  # issue 9: a FIFO or device is refused at once
    except OSError as exc:
        raise CriteriaError(f"{name}: cannot be read ({exc.strerror or exc})") from exc
    except SvmiError as error:
        raise CriteriaError(f"{name}: {error}") from None
    import tomllib  # ~3 ms to import: not needed to show the start screen

    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise CriteriaError(f"{name}: is not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise CriteriaError(f"{name}: is not valid TOML ({exc})") from exc
    except RecursionError:  # issue 9: hostile index files
        raise CriteriaError(f"{name}: is nested too deeply to be an index file") from None
    except ValueError:  # an integer of thousands of digits
        raise CriteriaError(f"{name}: has a number too large to be in an index file") from None
    return parse_index(data, name)


def parse_index(data: dict[str, Any], name: str) -> Index:
    """Validate parsed TOML data; ``name`` is used in error messages."""
    data, level_texts = level_translations(data, {lv.key for lv in CRITERION_LEVELS}, name)
    _check_keys(data, _TOP_KEYS, name)
    if data.get("format") != "svmi-index":
        raise CriteriaError(f"{name}: key 'format' must be \"svmi-index\"")
    index_id = _text(data, "id", name)
    if not _INDEX_ID_RE.match(index_id):
        raise CriteriaError(
            f"{name}: key 'id' must be lower-case letters, digits and hyphens, not {index_id!r}"
        )
    levels = data.get("levels")
    if not isinstance(levels, dict):
        raise CriteriaError(f"{name}: missing table [levels] with the four level descriptions")
    _check_keys(levels, {lv.key for lv in CRITERION_LEVELS}, f"{name}, [levels]")
    descriptions = {lv: _text(levels, lv.key, f"{name}, [levels]") for lv in CRITERION_LEVELS}
    raw_themes = data.get("themes")
    if not isinstance(raw_themes, list) or not raw_themes:
        raise CriteriaError(f"{name}: needs at least one [[themes]] entry")
    themes = tuple(_theme(t, name, i) for i, t in enumerate(raw_themes, 1))
    _check_cross_references(themes, name)
    return Index(
        id=index_id,
        version=_text(data, "version", name),
        title=_text(data, "title", name),
        source=_text(data, "source", name),
        level_descriptions=descriptions,
        themes=themes,
        level_translations=level_texts,
    )


def _theme(raw: Any, name: str, position: int) -> Theme:
    where = f"{name}, theme {position}"
    if not isinstance(raw, dict):
        raise CriteriaError(f"{where}: must be a table")
    code = _text(raw, "code", where)
    if not re.fullmatch(r"[A-Z]", code):
        raise CriteriaError(f"{where}: key 'code' must be one capital letter, not {code!r}")
    where = f"{name}, theme {code}"
    raw, theme_texts = split_translations(raw, {"title", "short", "question"}, where)
    _check_keys(raw, _THEME_KEYS, where)
    title = _text(raw, "title", where)
    short = _text(raw, "short", where)
    if len(short) > MAX_SHORT:
        raise CriteriaError(f"{where}: key 'short' is {len(short)} characters; at most {MAX_SHORT}")
    raw_criteria = raw.get("criteria")
    if not isinstance(raw_criteria, list) or not raw_criteria:
        raise CriteriaError(f"{where}: needs at least one [[themes.criteria]] entry")
    criteria = tuple(_criterion(c, code, where, i) for i, c in enumerate(raw_criteria, 1))
    _check_numbering(criteria, where)
    return Theme(code, title, short, _text(raw, "question", where), criteria, theme_texts)


def _criterion(raw: Any, code: str, where: str, position: int) -> Criterion:
    if not isinstance(raw, dict):
        raise CriteriaError(f"{where}, criterion {position}: must be a table")
    cid = _text(raw, "id", f"{where}, criterion {position}")
    here = f"{where}, criterion {cid}"
    raw, texts = split_translations(raw, {"statement", "action", "display", "prompt"}, here)
    _check_keys(raw, _CRITERION_KEYS, here)
    match = _ID_RE.match(cid)
    if not match:
        raise CriteriaError(
            f"{here}: key 'id' must look like '{code}.M1' (theme, level letter F/M/L/I, number)"
        )
    if match["theme"] != code:
        raise CriteriaError(
            f"{here}: key 'id' starts with {match['theme']!r} but the theme is {code!r}"
        )
    level_key = _text(raw, "level", here)
    try:
        level = Level.from_key(level_key)
    except ValueError:
        raise CriteriaError(
            f"{here}: key 'level' must be follower, mature, leader or innovator, not {level_key!r}"
        ) from None
    if level.letter != match["letter"]:
        raise CriteriaError(
            f"{here}: key 'level' is {level_key!r} but the id's letter {match['letter']!r} "
            f"means {Level.from_letter(match['letter']).key!r}"
        )
    kind_key = _text(raw, "kind", here)
    try:
        kind = Kind(kind_key)
    except ValueError:
        raise CriteriaError(
            f"{here}: key 'kind' must be requirement, compliance or descriptor, not {kind_key!r}"
        ) from None
    if kind is not Kind.REQUIREMENT and level is not Level.FOLLOWER:
        raise CriteriaError(f"{here}: key 'kind' {kind_key!r} is only allowed at Follower level")
    if kind is Kind.REQUIREMENT and level is Level.FOLLOWER:
        raise CriteriaError(
            f"{here}: key 'kind' at Follower level must be compliance or descriptor"
        )
    prompt = _prompt(raw, kind, here)
    return Criterion(
        id=cid,
        theme=code,
        level=level,
        number=int(match["n"]),
        kind=kind,
        statement=_text(raw, "statement", here),
        action=_text(raw, "action", here),
        display=_text(raw, "display", here) if "display" in raw else None,
        same_as=_text(raw, "same_as", here) if "same_as" in raw else None,
        prompt=prompt,
        translations=texts,
    )


def _prompt(raw: dict[str, Any], kind: Kind, where: str) -> str | None:
    """A compliance criterion's plain question (issue 10): only on compliance criteria, one
    question ending with "?", short enough to read aloud."""
    if "prompt" not in raw:
        return None
    prompt = _text(raw, "prompt", where)
    if kind is not Kind.COMPLIANCE:
        raise CriteriaError(f"{where}: key 'prompt' is only allowed on a compliance criterion")
    if not prompt.rstrip().endswith("?"):
        raise CriteriaError(f"{where}: key 'prompt' must be a question ending with '?'")
    if len(prompt) > MAX_PROMPT_CHARS:
        raise CriteriaError(
            f"{where}: key 'prompt' is {len(prompt)} characters; the limit is {MAX_PROMPT_CHARS}"
        )
    return prompt.strip()


def _check_numbering(criteria: tuple[Criterion, ...], where: str) -> None:
    """Criteria run F1.., M1.., L1.., I1.. with no gaps, so ids match the source table's cells."""
    expected: dict[Level, int] = {}
    last_level = Level.FOLLOWER
    seen: set[str] = set()
    for c in criteria:
        if c.id in seen:
            raise CriteriaError(f"{where}, criterion {c.id}: duplicate id")
        seen.add(c.id)
        if c.level < last_level:
            raise CriteriaError(
                f"{where}, criterion {c.id}: criteria must be listed Follower, Mature, Leader, "
                "Innovator in that order"
            )
        last_level = c.level
        n = expected.get(c.level, 1)
        if c.number != n:
            wanted = f"{c.theme}.{c.level.letter}{n}"
            raise CriteriaError(
                f"{where}, criterion {c.id}: key 'id' is out of sequence; expected {wanted}"
            )
        expected[c.level] = n + 1


def _check_cross_references(themes: tuple[Theme, ...], name: str) -> None:
    by_id: dict[str, Criterion] = {}
    for position, theme in enumerate(themes):
        wanted = chr(ord("A") + position)
        if theme.code != wanted:
            raise CriteriaError(
                f"{name}, theme {theme.code}: key 'code' should be {wanted!r}; "
                "theme codes run A, B, C, ... in file order"
            )
        for c in theme.criteria:
            if c.id in by_id:
                raise CriteriaError(f"{name}, theme {theme.code}, criterion {c.id}: duplicate id")
            by_id[c.id] = c
    for theme in themes:
        for c in theme.criteria:
            if c.same_as is None:
                continue
            here = f"{name}, theme {theme.code}, criterion {c.id}: key 'same_as'"
            target = by_id.get(c.same_as)
            if target is None or target.theme != c.theme:
                raise CriteriaError(
                    f"{here} points to {c.same_as!r}, which is not a criterion of this theme"
                )
            if target.level >= c.level or target.same_as is not None or not target.asked:
                raise CriteriaError(
                    f"{here} must name an asked criterion at a lower level, not {c.same_as!r}"
                )
            if c.kind is not Kind.REQUIREMENT:
                raise CriteriaError(f"{here} is only allowed on requirement criteria")


def _check_keys(table: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise CriteriaError(f"{where}: unknown key {unknown[0]!r}")


def _text(table: dict[str, Any], key: str, where: str) -> str:
    value = table.get(key)
    if value is None:
        raise CriteriaError(f"{where}: missing key {key!r}")
    if not isinstance(value, str):
        raise CriteriaError(f"{where}: key {key!r} must be text")
    if not value.strip():
        raise CriteriaError(f"{where}: key {key!r} is empty")
    try:  # issue 9: the limits the exports need, checked where the text enters
        return check_label(value, f"key {key!r}")
    except SvmiError as error:
        raise CriteriaError(f"{where}: {error}") from None
