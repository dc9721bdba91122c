"""The translation catalogue, read without Qt: what the exports (and the CLI) are written in.

The catalogue is Qt's own: ``resources/translations/svmi_<lang>.ts``, edited with Qt Linguist
and compiled to ``.qm`` by ``pyside6-lrelease`` for the window's ``QTranslator``. The exports
run on worker threads and in the command line, where there is no Qt, so this module reads the
same ``.ts`` source (the XML, with defusedxml) and gives a :data:`~..domain.wording.Translator`
for ``with wording.using(...)``: one catalogue serves the screen and the files.

Languages: "en" (the source text), "cy" (Cymraeg), and "cy+en": bilingual, Welsh first
("Cymraeg / English"), the Welsh Language Standards' rule for bilingual documents.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain import wording
from ..resources import resources_dir

#: Interface and export languages: code -> the language's own name.
LANGUAGES: dict[str, str] = {"en": "English", "cy": "Cymraeg"}

#: What a bilingual text puts between the two languages.
BILINGUAL_SEPARATOR = " / "


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ts_path(language: str) -> Path:
    return translations_dir() / f"svmi_{language}.ts"


# Qt's plural rules (qtbase numerus.cpp), checked against QTranslator in tests/i18n: the index
# of the <numerusform> to use for n.
def _plural_en(n: int) -> int:
    return 0 if n == 1 else 1


def _plural_cy(n: int) -> int:
    if n == 0:
        return 0
    if n == 1:
        return 1
    if 2 <= n <= 5:
        return 2
    if n == 6:
        return 3
    return 4


PLURAL_RULES: dict[str, Callable[[int], int]] = {"en": _plural_en, "cy": _plural_cy}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    forms: tuple[str, ...]  # one translation, or the plural forms; empty when unfinished
    finished: bool


def read_ts(path: Path) -> dict[tuple[str, str], Message]:
    """Every message of a ``.ts`` file, by (context, source)."""
    from defusedxml import ElementTree

    root = ElementTree.parse(str(path)).getroot()
    messages: dict[tuple[str, str], Message] = {}
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            node = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            kind = node.get("type", "") if node is not None else "unfinished"
            if node is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(f.text or "" for f in node.iter("numerusform"))
            else:
                forms = (node.text or "",)
            finished = kind not in ("unfinished", "vanished", "obsolete") and all(forms)
            messages[(name, source)] = Message(name, source, numerus, forms, finished)
    return messages


class CatalogueTranslator:
    """A :data:`wording.Translator` over one language's ``.ts``: finished messages only, the
    English source otherwise (as Qt does)."""

    def __init__(self, language: str, messages: dict[tuple[str, str], Message]) -> None:
        self.language = language
        self._messages = {k: m for k, m in messages.items() if m.finished}
        self._plural = PLURAL_RULES.get(language, _plural_en)

    def __call__(self, context: str, text: str, n: int = -1) -> str:
        message = self._messages.get((context, text))
        if message is None:
            return wording._english(context, text, n)
        if message.numerus:
            form = message.forms[min(self._plural(max(n, 0)), len(message.forms) - 1)]
            return form.replace("%n", str(n))
        return message.forms[0]


@functools.cache
def catalogue(language: str) -> CatalogueTranslator | None:
    """The translator for ``language`` ("en": ``None``, the source text itself)."""
    if language == "en":
        return None
    path = ts_path(language)
    if not path.is_file():
        raise FileNotFoundError(f"the {language} translation is missing ({path})")
    return CatalogueTranslator(language, read_ts(path))


def bilingual(first: wording.Translator, second: wording.Translator) -> wording.Bilingual:
    """Each text in ``first``'s language, then ``second``'s: "Dilynwr / Follower" (see
    :class:`~svmi_desktop.domain.wording.Bilingual` for texts built from other wordings)."""
    return wording.Bilingual(first, second, separator=BILINGUAL_SEPARATOR)


def translator_for(spec: str) -> wording.Translator | None:
    """ "en" (``None``: English), "cy", or "cy+en" (bilingual, the first language first)."""
    if "+" in spec:
        first, second = spec.split("+", 1)
        return bilingual(_or_english(first), _or_english(second))
    return catalogue(spec)


def _or_english(language: str) -> wording.Translator:
    return catalogue(language) or wording._english


def language_of(spec: str) -> str:
    """The first (or only) language of an export spec: "cy+en" -> "cy"."""
    return spec.split("+", 1)[0]
