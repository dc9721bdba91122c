"""The app's look as a QProxyStyle over Fusion: sizes, borders, focus rings and answer colours.

Why not a style sheet: Qt resolves a style sheet's lengths and ``palette()`` colours once, when
it polishes each widget, so every zoom or contrast step had to set a new application style
sheet, which re-parses it and re-polishes every widget of the window (0.7–0.8 s with the demo
open). This style reads the zoom and the colour scheme when it measures and paints, so a step
is a palette or a font change plus a repaint.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QListWidget,
    QProxyStyle,
    QPushButton,
    QScrollArea,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QStyleOptionComplex,
    QStyleOptionSlider,
    QWidget,
)

if TYPE_CHECKING:
    from .style import Appearance, Scheme

#: Label roles drawn larger than body text, as a multiple of the body size (11 pt at 100%).
FONT_ROLES: dict[str, tuple[float, bool, bool]] = {  # role: (scale, bold, italic)
    "h1": (20 / 11, True, False),
    "h2": (15 / 11, True, False),
    "h3": (12.5 / 11, True, False),
    "question": (13 / 11, False, True),
}
NAV_SCALE = 11.5 / 11
#: Called with each widget the style polishes (e.g. ``widgets.enable_enter_on_buttons``).
on_polish: list[Callable[[QWidget], None]] = []

S = QStyle
PE, CE, CT, CC = S.PrimitiveElement, S.ControlElement, S.ContentsType, S.ComplexControl


class SvmiStyle(QProxyStyle):
    """Fusion, with the app's metrics (scaled by the zoom) and the current scheme's colours."""

    def __init__(self, appearance: Appearance) -> None:
        super().__init__("Fusion")
        self.appearance = appearance
        #: The widgets whose font or colours follow the zoom or the scheme (see ``adopt``),
        #: so that a step visits them rather than every widget of the application.
        self.followers: weakref.WeakSet[QWidget] = weakref.WeakSet()

    def following(self) -> list[QWidget]:
        """The live widgets of :attr:`followers` (a deleted widget's wrapper may linger)."""
        return [w for w in list(self.followers) if shiboken6.isValid(w)]

    # -- per-widget set-up -----------------------------------------------------------------

    def polish(self, target: Any) -> Any:  # QWidget, QPalette or QApplication
        result = super().polish(target)
        if isinstance(target, QWidget):
            self.adopt(target)
            for hook in on_polish:
                hook(target)
        return result

    def adopt(self, widget: QWidget, fonts: bool = True, colours: bool = True) -> None:
        """Fonts and colours a widget takes from its role; run again after a zoom step
        (``colours=False``) or a contrast step (``fonts=False``) for the widgets that have a
        role (see :meth:`Appearance.apply`)."""
        a = self.appearance
        s: Scheme | None = a.scheme if colours else None  # None: leave palettes alone
        role = widget.property("role")
        if role is not None or widget.objectName() == "nav":
            self.followers.add(widget)
        if (
            fonts
            and colours
            and isinstance(widget, QAbstractScrollArea)
            and widget.frameShape() == QFrame.Shape.StyledPanel
        ):
            # A frame as wide as the focus ring (see CE_ShapedFrame). As a plain box 3 px wide
            # the frame's width is its own, so no pixel metric is answered in Python: a zoom
            # step asked for some thousand of them.
            widget.setFrameShape(QFrame.Shape.Box)
            widget.setFrameShadow(QFrame.Shadow.Plain)
            widget.setLineWidth(3)
        if isinstance(widget, QLabel):
            policy = widget.sizePolicy()
            if fonts and colours and widget.wordWrap() and not policy.hasHeightForWidth():
                # A wrapping label is as tall as its text at its width. QLabel says so in its
                # size policy, but a policy set after setWordWrap (as widgets.label does)
                # drops it until the label next re-reads its style.
                policy.setHeightForWidth(True)
                widget.setSizePolicy(policy)
            spec = FONT_ROLES.get(str(role)) if role and fonts else None
            if spec is not None:
                font = QFont(widget.font())
                font.setPointSizeF(a.point_size * spec[0])
                font.setBold(spec[1])
                font.setItalic(spec[2])
                widget.setFont(font)
            if s is not None and role in ("muted", "error"):
                colour = s.muted if role == "muted" else s.error
                pal = widget.palette()
                pal.setColor(QPalette.ColorRole.WindowText, QColor(colour))
                widget.setPalette(pal)
        elif isinstance(widget, QPushButton):
            if widget.property("answer") is not None or widget.property("primary") == "true":
                bold = QFont()
                bold.setBold(True)  # only the weight: size and zoom still come from the app
                widget.setFont(bold)
        elif isinstance(widget, QListWidget) and widget.objectName() == "nav":
            if not fonts:
                return
            font = QFont(widget.font())
            font.setPointSizeF(a.point_size * NAV_SCALE)
            widget.setFont(font)
        elif isinstance(widget, QHeaderView):
            bold = QFont()
            bold.setBold(True)
            widget.setFont(bold)
        elif isinstance(widget, QScrollArea) and role == "reading":
            # A frame as wide as the focus ring, painted only while the area has focus.
            if widget.frameShape() != QFrame.Shape.Box:
                widget.setFrameShape(QFrame.Shape.Box)
            widget.setLineWidth(3)
        elif isinstance(widget, QFrame) and role == "card" and s is not None:
            if widget.frameShape() != QFrame.Shape.Box:
                widget.setFrameShape(QFrame.Shape.Box)
            widget.setAutoFillBackground(True)
            pal = widget.palette()
            pal.setColor(QPalette.ColorRole.Window, QColor(s.base))
            widget.setPalette(pal)

    # -- sizes -------------------------------------------------------------------------------

    def sizeFromContents(
        self,
        kind: QStyle.ContentsType,
        option: QStyleOption,
        size: QSize,
        widget: QWidget | None = None,
    ) -> QSize:
        px = self.appearance.px
        if kind == CT.CT_PushButton:
            # As the old style sheet had it: a content box of at least 30 px (zoomed), padding
            # 3 px by 12 px, a 1 px border (2 px and a 2 px margin on answer buttons).
            answer = widget is not None and widget.property("answer") is not None
            edge = 2 * (2 + px(2)) if answer else 2
            return QSize(
                max(size.width(), px(30)) + 2 * px(12) + edge,
                max(size.height(), px(30)) + 2 * px(3) + edge,
            )
        out = super().sizeFromContents(kind, option, size, widget)  # type: ignore[arg-type]
        if kind == CT.CT_ToolButton:
            return out.expandedTo(QSize(px(30), px(30)))
        if kind in (CT.CT_LineEdit, CT.CT_ComboBox, CT.CT_SpinBox):
            return QSize(out.width(), max(out.height(), px(28) + 2))
        if kind in (CT.CT_CheckBox, CT.CT_RadioButton):
            return QSize(out.width() + 6, max(out.height(), px(28)) + 6)
        if kind == CT.CT_TabBarTab:
            return QSize(out.width() + px(8), max(out.height(), px(28) + px(8)))
        if kind == CT.CT_HeaderSection:
            return QSize(out.width() + px(4), out.height() + px(4))
        if kind == CT.CT_ItemViewItem and widget is not None and widget.objectName() == "nav":
            return QSize(out.width() + px(12), max(out.height(), px(30)) + px(4))
        return out

    # -- painting ----------------------------------------------------------------------------

    def _ring(
        self, painter: QPainter, rect: QRect, width: int, colour: str, radius: float = 0
    ) -> None:
        if not radius:  # four bars: square corners, and no pen to set up
            ink = QColor(colour)
            x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
            painter.fillRect(x, y, w, width, ink)
            painter.fillRect(x, y + h - width, w, width, ink)
            painter.fillRect(x, y + width, width, h - 2 * width, ink)
            painter.fillRect(x + w - width, y + width, width, h - 2 * width, ink)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(colour), width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = width / 2
        painter.drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half), radius, radius)
        painter.restore()

    def _button(self, painter: QPainter, option: QStyleOption, widget: QWidget | None) -> None:
        s = self.appearance.scheme
        state = widget.property("answer") if widget is not None else None
        primary = widget is not None and widget.property("primary") == "true"
        focus = bool(option.state & S.StateFlag.State_HasFocus)
        enabled = bool(option.state & S.StateFlag.State_Enabled)
        hover = bool(option.state & S.StateFlag.State_MouseOver)
        rect = QRect(option.rect)
        dashed, width = False, 1
        fill, border = s.button, s.border
        if state == "none":
            fill, dashed, width = s.base, True, 2
        elif state == "yes":
            fill, border, width = s.yes_bg, s.yes_bg, 2
        elif state == "no":
            fill, border, width = s.no_bg, s.no_fg, 2
        elif state == "locked":
            fill, border, width = s.alt_base, s.yes_bg, 2
        elif primary:
            fill = s.base if focus else s.highlight
        if not enabled and state is None:
            dashed = True
        if state is not None and not focus:
            m = self.appearance.px(2)
            rect.adjust(m, m, -m, -m)
        if focus:
            border, width, dashed = s.focus, 4 if state is not None else 3, False
        elif hover and enabled:
            border, width = s.focus, 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(QColor(border), width)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QColor(fill))
        half = width / 2
        painter.drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half), 4, 4)
        painter.restore()

    def _button_ink(self, option: QStyleOptionButton, widget: QWidget | None) -> QStyleOptionButton:
        s = self.appearance.scheme
        state = widget.property("answer") if widget is not None else None
        primary = widget is not None and widget.property("primary") == "true"
        focus = bool(option.state & S.StateFlag.State_HasFocus)
        ink = {"yes": s.yes_fg, "no": s.no_fg, "none": s.text, "locked": s.text}.get(str(state))
        if ink is None and primary:
            ink = s.highlight if focus else s.highlighted_text
        if not option.state & S.StateFlag.State_Enabled and state != "locked":
            ink = s.muted
        if ink is None:
            return option
        copy = QStyleOptionButton(option)
        for group in (
            QPalette.ColorGroup.Active,
            QPalette.ColorGroup.Inactive,
            QPalette.ColorGroup.Disabled,
        ):
            copy.palette.setColor(group, QPalette.ColorRole.ButtonText, QColor(ink))
        return copy

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        s = self.appearance.scheme
        if element == PE.PE_PanelButtonCommand and isinstance(widget, QPushButton):
            self._button(painter, option, widget)
            return
        if element == PE.PE_FrameFocusRect:
            if isinstance(widget, QPushButton):
                return  # the button's own border shows its focus
            if isinstance(widget, QCheckBox):
                self._ring(painter, widget.rect(), 3, s.focus)
                return
            self._ring(painter, option.rect, 2, s.focus)
            return
        if element == PE.PE_FrameLineEdit:
            focus = bool(option.state & S.StateFlag.State_HasFocus)
            self._ring(painter, option.rect, 3 if focus else 1, s.focus if focus else s.border, 3)
            return
        super().drawPrimitive(element, option, painter, widget)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        s = self.appearance.scheme
        if element == CE.CE_PushButtonLabel and isinstance(option, QStyleOptionButton):
            super().drawControl(element, self._button_ink(option, widget), painter, widget)
            return
        if element == CE.CE_TabBarTab:
            super().drawControl(element, option, painter, widget)
            selected = option.state & S.StateFlag.State_Selected
            if selected and option.state & S.StateFlag.State_HasFocus:
                self._ring(painter, option.rect, 3, s.focus)
            return
        if element == CE.CE_ShapedFrame and isinstance(widget, QFrame):
            focus = widget.hasFocus() and isinstance(widget, QAbstractScrollArea)
            if isinstance(widget, QScrollArea) and widget.property("role") == "reading":
                if focus:
                    self._ring(painter, widget.rect(), 3, s.focus)
                return
            if widget.property("role") == "card":
                self._ring(painter, widget.rect(), 1, s.border, 6)
                return
            if (
                isinstance(widget, QAbstractScrollArea)
                and widget.frameShape() != QFrame.Shape.NoFrame
            ):
                if focus:
                    self._ring(painter, widget.rect(), 3, s.focus)
                else:
                    painter.fillRect(
                        widget.rect().adjusted(1, 1, -1, -1), widget.palette().window()
                    )
                    self._ring(painter, widget.rect(), 1, s.border)
                return
        super().drawControl(element, option, painter, widget)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if control == CC.CC_ScrollBar and isinstance(option, QStyleOptionSlider):
            self._scroll_bar(painter, option, widget)
            return
        super().drawComplexControl(control, option, painter, widget)
        if control in (CC.CC_ComboBox, CC.CC_SpinBox):
            focus = bool(option.state & S.StateFlag.State_HasFocus)
            if focus or isinstance(widget, QComboBox):
                s = self.appearance.scheme
                self._ring(
                    painter, option.rect, 3 if focus else 1, s.focus if focus else s.border, 3
                )

    def _scroll_bar(
        self, painter: QPainter, option: QStyleOptionSlider, widget: QWidget | None
    ) -> None:
        """A flat scroll bar: a track, a handle in the border colour (the focus colour while
        hovered or dragged) and two arrow buttons. Fusion's gradients took 0.7–2.4 ms per bar
        to paint at each new size, a third of a page switch and a tenth of a zoom step; these
        are a few rectangles. The handle reaches at least 3:1 on its track in both schemes."""
        s = self.appearance.scheme
        sub = S.SubControl
        enabled = bool(option.state & S.StateFlag.State_Enabled)
        active = option.activeSubControls
        sunken = bool(option.state & S.StateFlag.State_Sunken)
        hover = bool(option.state & S.StateFlag.State_MouseOver)
        painter.save()
        painter.fillRect(option.rect, QColor(s.alt_base))
        handle = self.subControlRect(CC.CC_ScrollBar, option, sub.SC_ScrollBarSlider, widget)  # type: ignore[arg-type]
        if enabled and handle.isValid():
            hot = bool(active & sub.SC_ScrollBarSlider) and (sunken or hover)
            painter.fillRect(handle.adjusted(2, 2, -2, -2), QColor(s.focus if hot else s.border))
        horizontal = option.orientation == Qt.Orientation.Horizontal
        ink = QColor(s.text if enabled else s.muted)
        for part, forward in ((sub.SC_ScrollBarSubLine, False), (sub.SC_ScrollBarAddLine, True)):
            box = self.subControlRect(CC.CC_ScrollBar, option, part, widget)  # type: ignore[arg-type]
            if not box.isValid():
                continue
            pressed = sunken and bool(active & part)
            if pressed:
                painter.fillRect(box, QColor(s.highlight))
            self._arrow(
                painter, box, horizontal, forward, QColor(s.highlighted_text) if pressed else ink
            )
        painter.restore()

    @staticmethod
    def _arrow(painter: QPainter, box: QRect, horizontal: bool, forward: bool, ink: QColor) -> None:
        c = QRectF(box).center()
        r = max(2.0, min(box.width(), box.height()) / 4)
        sign = 1 if forward else -1
        if horizontal:
            points = [
                c + QPointF(sign * r, 0),
                c + QPointF(-sign * r, -r),
                c + QPointF(-sign * r, r),
            ]
        else:
            points = [
                c + QPointF(0, sign * r),
                c + QPointF(-r, -sign * r),
                c + QPointF(r, -sign * r),
            ]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawPolygon(QPolygonF(points))
