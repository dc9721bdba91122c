"""The accessible HTML report: structure, escaping, self-containment and wording (no browser).

The browser checks (axe-core in headless Chromium, print to PDF) are in test_html_axe.py.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from svmi_desktop.domain import wording
from svmi_desktop.export.html_report import SECTIONS, report_html
from svmi_desktop.export.summary import facts

from .scripts import script_assessment, user_strings


class Page(HTMLParser):
    """Collects tags, attributes and text, the way a screen reader's tree would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)

    def all(self, tag: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag]


def parse(data: bytes) -> Page:
    page = Page()
    page.feed(data.decode("utf-8"))
    return page


def test_structure_lang_headings_tables_and_radar_alternative(demo_facts):
    data = report_html(demo_facts)
    page = parse(data)
    assert page.all("html") == [{"lang": "en-GB"}]
    assert len(page.all("h1")) == 1 and len(page.all("main")) == 1
    assert [a.get("id") for a in page.all("h2")] == ["summary", "why", "plan", "notes", "people"]
    ths = page.all("th")
    assert ths and all(a.get("scope") in ("col", "row") for a in ths)
    assert len(page.all("caption")) == len(page.all("table"))
    svg = page.all("svg")[0]
    assert svg["role"] == "img" and svg["aria-labelledby"] == "radar-title radar-desc"
    text = "".join(page.text)
    for r in demo_facts.evaluation.themes:  # the alternative names every theme and its levels
        assert (
            f"{r.theme.short}: Now "
            f"{wording.theme_level_text(r.present.level, r.present.incomplete, r.present.not_answered_yet)}"
            in text
        )
    assert "This HTML file is the accessible version of the report." in text
    assert "@page { size: A4" in data.decode() and "break-inside: avoid" in data.decode()


def test_no_external_resource_and_no_script(demo_facts, hostile, index):
    for data in (report_html(demo_facts), report_html(facts(index, hostile))):
        html = data.decode("utf-8")
        page = parse(data)
        assert not page.all("script") and not page.all("img") and not page.all("link")
        assert not page.all("a") and not page.all("iframe")
        for tag, attrs in page.tags:
            assert "src" not in attrs and "href" not in attrs, tag
        assert "url(" not in html and "@import" not in html


def test_hostile_text_is_escaped_and_printed_literally(index, hostile):
    data = report_html(facts(index, hostile))
    page = parse(data)
    text = "".join(page.text)
    # markup typed by a user is text in the page, never an element
    assert {t for t, _ in page.tags} <= {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "main",
        "header",
        "footer",
        "section",
        "h1",
        "h2",
        "h3",
        "p",
        "dl",
        "dt",
        "dd",
        "div",
        "span",
        "strong",
        "br",
        "ul",
        "li",
        "table",
        "caption",
        "colgroup",
        "col",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "figure",
        "svg",
        "desc",
        "g",
        "polygon",
        "line",
        "text",
        "tspan",
        "rect",
    }
    for piece in (
        "<b>x</b>",
        '<a href="http://x">link</a>',
        '<img src="/etc/passwd"/>',
        '=HYPERLINK("http://x","y")',
        "x" * 5000,
    ):
        assert piece in text, piece
    assert "\x00" not in data.decode("utf-8")


@pytest.mark.parametrize("script", ["latin", "arabic", "cjk"])
def test_every_user_string_is_in_the_page_in_its_own_direction(index, demo, script):
    data = report_html(facts(index, script_assessment(demo, script)))
    text = "".join(parse(data).text)
    for s in user_strings(script):
        assert s in text, s  # logical order, whole
    assert re.search(
        r'<span dir="auto" class="user">' + re.escape(user_strings(script)[2]), data.decode()
    )


def test_sections_are_one_function_each():
    assert [f.__name__ for f in SECTIONS] == [
        "cover_section",
        "summary_section",
        "why_section",
        "plan_section",
        "notes_section",
        "participants_section",
    ]
