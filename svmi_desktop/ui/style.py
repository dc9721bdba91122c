"""Look and feel: the bundled font, light and high-contrast palettes, level colours and text zoom.

Level colours come from the Okabe-Ito colour-blind-safe set and are always shown with the
level's name. Fusion's selection colours (3.7:1) are replaced by ones that reach at least 7:1.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

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
    """The app's current scheme and zoom; :meth:`apply` restyles every widget."""

    def __init__(self, app: QApplication, family: str) -> None:
        self.app = app
        self.family = family
        self.zoom = 100
        self.scheme = LIGHT
        self.listeners: list[object] = []

    @property
    def high_contrast(self) -> bool:
        return self.scheme is HIGH_CONTRAST

    def set_zoom(self, percent: int) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, percent))
        self.apply()

    def set_high_contrast(self, on: bool) -> None:
        self.scheme = HIGH_CONTRAST if on else LIGHT
        self.apply()

    def px(self, value: float) -> int:
        """A length in pixels scaled by the zoom."""
        return round(value * self.zoom / 100)

    def apply(self) -> None:
        font = QFont(self.family)
        font.setPointSizeF(BASE_POINT_SIZE * self.zoom / 100)
        self.app.setFont(font)
        self.app.setPalette(palette(self.scheme))
        self.app.setStyleSheet(stylesheet(self.scheme, self.zoom))


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


def stylesheet(s: Scheme, zoom: int) -> str:
    def pt(size: float) -> str:
        return f"{size * zoom / 100:.1f}pt"

    def px(size: float) -> str:
        return f"{round(size * zoom / 100)}px"

    return f"""
QLabel[role="h1"] {{ font-size: {pt(20)}; font-weight: bold; }}
QLabel[role="h2"] {{ font-size: {pt(15)}; font-weight: bold; }}
QLabel[role="h3"] {{ font-size: {pt(12.5)}; font-weight: bold; }}
QLabel[role="muted"] {{ color: {s.muted}; }}
QLabel[role="question"] {{ font-size: {pt(13)}; font-style: italic; }}
QLabel[role="error"] {{ color: {"#9B1111" if s is LIGHT else "#FFD400"}; font-weight: bold; }}
QPushButton, QToolButton {{
    min-height: {px(30)}; min-width: {px(30)}; padding: {px(3)} {px(12)};
    border: 1px solid {s.border}; border-radius: 4px; background: {s.button}; color: {s.text};
}}
QPushButton:hover, QToolButton:hover {{ border: 2px solid {s.focus}; }}
QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus,
QDateEdit:focus, QSpinBox:focus, QTableView:focus, QListWidget:focus {{
    border: 3px solid {s.focus};
}}
QPushButton:disabled {{ color: {s.muted}; border: 1px dashed {s.border}; }}
QPushButton[answer="none"] {{
    border: 2px dashed {s.border}; background: {s.base}; color: {s.text}; font-weight: bold;
}}
QPushButton[answer="yes"] {{
    background: {s.yes_bg}; color: {s.yes_fg}; font-weight: bold; border: 2px solid {s.yes_bg};
}}
QPushButton[answer="no"] {{
    background: {s.no_bg}; color: {s.no_fg}; font-weight: bold; border: 2px solid {s.no_fg};
}}
QPushButton[answer="locked"] {{
    background: {s.alt_base}; color: {s.text}; font-weight: bold; border: 2px solid {s.yes_bg};
}}
QPushButton[answer] {{ margin: 2px; }}
QPushButton[answer]:focus {{ border: 4px solid {s.focus}; margin: 0px; }}
QPushButton[primary="true"] {{
    background: {s.highlight}; color: {s.highlighted_text}; font-weight: bold;
}}
QPushButton[primary="true"]:focus {{ background: {s.base}; color: {s.highlight}; }}
QCheckBox {{ min-height: {px(28)}; border: 3px solid transparent; }}
QCheckBox:focus, QScrollArea[role="reading"]:focus {{ border-color: {s.focus}; }}
QScrollArea[role="reading"] {{ border: 3px solid transparent; }}
QLineEdit, QComboBox, QPlainTextEdit, QDateEdit, QSpinBox {{
    min-height: {px(28)}; border: 1px solid {s.border}; border-radius: 3px;
    background: {s.base}; color: {s.text}; padding: 1px {px(4)};
}}
QListWidget#nav {{ font-size: {pt(11.5)}; }}
QListWidget#nav::item {{ min-height: {px(30)}; padding: {px(2)} {px(6)}; }}
QFrame[role="card"] {{ border: 1px solid {s.border}; border-radius: 6px; background: {s.base}; }}
QTabBar::tab {{ min-height: {px(28)}; padding: {px(4)} {px(14)}; }}
QTabBar::tab:selected {{ font-weight: bold; }}
QTabBar::tab:selected:focus {{ border: 3px solid {s.focus}; }}
QHeaderView::section {{ font-weight: bold; padding: {px(4)}; }}
QStatusBar QLabel {{ padding: 0 {px(6)}; }}
"""


def level_badge_style(level: Level, provisional: bool = False) -> str:
    bg, fg = LEVEL_COLOURS[level]
    border = "2px dashed #000000" if provisional else "2px solid #000000"
    return (
        f"background: {bg}; color: {fg}; border: {border}; border-radius: 4px;"
        " padding: 2px 8px; font-weight: bold;"
    )


def level_text(level: Level, provisional: bool = False) -> str:
    """How a level is written next to its colour: "Leader (3)", "Leader (3), provisional"."""
    return wording.level_text(level, provisional)
