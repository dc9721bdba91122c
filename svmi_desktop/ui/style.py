"""Look and feel: the bundled font, light and high-contrast palettes, level colours and text zoom.

Level colours come from the Okabe-Ito colour-blind-safe set and are always shown with the
level's name. Fusion's selection colours (3.7:1) are replaced by ones that reach at least 7:1.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QWidget

from ..domain import palette as shared_palette
from ..domain import wording
from ..domain.levels import Level
from ..resources import font_path

BASE_POINT_SIZE = 11.0
MIN_ZOOM, MAX_ZOOM, ZOOM_STEP = 100, 200, 10

#: Okabe-Ito colours per level (fill, text), from the palette the exports share.
LEVEL_COLOURS: dict[Level, tuple[str, str]] = {
    level: ("#" + fill, "#" + ink) for level, (fill, ink) in shared_palette.LEVEL_COLOURS.items()
}

#: The radar's two series: told apart by line style and fill as well as by colour.
PRESENT_COLOUR = "#" + shared_palette.PRESENT
FUTURE_COLOUR = "#" + shared_palette.FUTURE


@dataclass(frozen=True)
class Scheme:
    name: str
    window: str
    text: str
    base: str
    alt_base: str
    button: str
    highlight: str
    highlighted_text: str
    muted: str  # secondary text, still >= 4.5:1 on window
    border: str
    focus: str
    yes_bg: str
    yes_fg: str
    no_bg: str
    no_fg: str
    error: str = "#9B1111"  # error text (bold)


LIGHT = Scheme(
    name="light",
    window="#F7F7F5",
    text="#111111",
    base="#FFFFFF",
    alt_base="#EEF2F6",
    button="#E9E9E6",
    highlight="#0B4F9C",
    highlighted_text="#FFFFFF",
    muted="#4A4A4A",
    border="#6B6B6B",
    focus="#0B4F9C",
    yes_bg="#0F6B3A",
    yes_fg="#FFFFFF",
    no_bg="#FFFFFF",
    no_fg="#8A1C1C",
)

HIGH_CONTRAST = Scheme(
    name="high-contrast",
    window="#000000",
    text="#FFFFFF",
    base="#000000",
    alt_base="#1A1A1A",
    button="#000000",
    highlight="#FFD400",
    highlighted_text="#000000",
    muted="#FFFFFF",
    border="#FFFFFF",
    focus="#FFD400",
    yes_bg="#FFFFFF",
    yes_fg="#000000",
    no_bg="#000000",
    no_fg="#FFD400",
    error="#FFD400",
)


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours."""

    def lum(hex_colour: str) -> float:
        c = QColor(hex_colour)
        out = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            out.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * out[0] + 0.7152 * out[1] + 0.0722 * out[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def register_font(app: QApplication) -> str:
    """Register the bundled DejaVu Sans and make it the application font; returns its family."""
    family = "DejaVu Sans"
    for bold in (False, True):
        font_id = QFontDatabase.addApplicationFont(str(font_path(bold)))
        if font_id >= 0 and not bold:
            families = QFontDatabase.applicationFontFamilies(font_id)
            if families:
                family = families[0]
    font = QFont(family)
    font.setPointSizeF(BASE_POINT_SIZE)
    app.setFont(font)
    return family


class Appearance:
    """The app's current scheme and zoom.

    The look is one :class:`~.proxy_style.SvmiStyle`, set once: it reads the zoom and the
    scheme when it measures and paints. A zoom step is then one application font change (plus
    the few headings whose size is a multiple of it), a contrast step one palette change; a
    step to the value already shown does nothing."""

    def __init__(self, app: QApplication, family: str) -> None:
        self.app = app
        self.family = family
        self.zoom = 100
        self.scheme = LIGHT
        self.listeners: list[object] = []
        self._shown: tuple[int, str] | None = None

    @property
    def high_contrast(self) -> bool:
        return self.scheme is HIGH_CONTRAST

    @property
    def point_size(self) -> float:
        """The body text size at the current zoom."""
        return BASE_POINT_SIZE * self.zoom / 100

    def set_zoom(self, percent: int) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, percent))
        self.apply()

    def set_high_contrast(self, on: bool) -> None:
        self.scheme = HIGH_CONTRAST if on else LIGHT
        self.apply()

    def px(self, value: float) -> int:
        """A length in pixels scaled by the zoom."""
        return round(value * self.zoom / 100)

    def restyle_within(self, page: QWidget) -> None:
        """Fonts and colours again for the widgets with a role inside ``page``: a page held
        while hidden (see ``font_hold``) missed them."""
        style = self.style()
        adopt = style.adopt  # type: ignore[attr-defined]
        for widget in style.following():  # type: ignore[attr-defined]
            if page.isAncestorOf(widget):
                adopt(widget)

    def style(self) -> QStyle:
        """The app's style, made and set the first time (later Appearances share it)."""
        from .proxy_style import SvmiStyle

        current = self.app.style()
        if isinstance(current, SvmiStyle):
            current.appearance = self
            return current
        style = SvmiStyle(self)
        from . import font_hold

        if _restyle_released not in font_hold.on_release:
            font_hold.on_release.append(_restyle_released)
        self.app.setStyle(style)
        self._style = style  # the Python half of the style lives as long as the app uses it
        return style

    def apply(self) -> None:
        style = self.style()
        if self._shown == (self.zoom, self.scheme.name) and self.app.font().family() == self.family:
            return
        zoom_changed = self._shown is None or self._shown[0] != self.zoom
        scheme_changed = self._shown is None or self._shown[1] != self.scheme.name
        self._shown = (self.zoom, self.scheme.name)
        if zoom_changed or self.app.font().family() != self.family:
            from . import font_hold

            font_hold.hold_hidden()  # hidden pages and the dock take the new size when shown
            font = QFont(self.family)
            font.setPointSizeF(self.point_size)
            self.app.setFont(font)
        if scheme_changed:
            self.app.setPalette(palette(self.scheme))
        adopt = style.adopt  # type: ignore[attr-defined]
        from .font_hold import held_part

        for widget in style.following():  # type: ignore[attr-defined]
            # Only widgets whose font or colour is a function of the zoom or the scheme, and
            # of those only what changed; a held page's are restyled when it is next shown.
            if widget.isVisible() or held_part(widget) is None:
                adopt(widget, fonts=zoom_changed, colours=scheme_changed)


def _restyle_released(page: QWidget) -> None:
    """A held page shown again: its widgets with a role take the current zoom and scheme."""
    appearance = getattr(QApplication.style(), "appearance", None)
    if isinstance(appearance, Appearance):
        appearance.restyle_within(page)


def palette(s: Scheme) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: s.window,
        QPalette.ColorRole.WindowText: s.text,
        QPalette.ColorRole.Base: s.base,
        QPalette.ColorRole.AlternateBase: s.alt_base,
        QPalette.ColorRole.Text: s.text,
        QPalette.ColorRole.Button: s.button,
        QPalette.ColorRole.ButtonText: s.text,
        QPalette.ColorRole.Highlight: s.highlight,
        QPalette.ColorRole.HighlightedText: s.highlighted_text,
        QPalette.ColorRole.ToolTipBase: s.base,
        QPalette.ColorRole.ToolTipText: s.text,
        QPalette.ColorRole.PlaceholderText: s.muted,
        QPalette.ColorRole.Link: s.highlight if s is LIGHT else s.focus,
        QPalette.ColorRole.BrightText: s.highlight,
    }
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for role, colour in roles.items():
            p.setColor(group, role, QColor(colour))
    for role, colour in roles.items():
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(s.muted))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(s.muted))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(s.muted))
    return p


def level_text(level: Level, provisional: bool = False) -> str:
    """How a level is written next to its colour: "Leader (3)", "Leader (3), provisional"."""
    return wording.level_text(level, provisional)
