"""Paints the meetings list: day headers, and meeting rows with a Join button drawn in the row.

No widget per row: the Join button is drawn with the style (CE_PushButton) and clicks on it
are caught in editorEvent. All text is painted with drawText, so titles and names are never
read as HTML.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.ui.meetings.model import ITEM_ROLE, DayHeader, MeetingItem
from desktop.ui.service_icons import service_icon

_AnyIndex = QModelIndex | QPersistentModelIndex

H_MARGIN = 12
ICON_SIZE = 16  # the service icon on the Join button
V_PADDING = 8
GAP = 16
LINE_GAP = 4


def _plain(index: _AnyIndex) -> QModelIndex:
    if isinstance(index, QPersistentModelIndex):
        model = index.model()
        return model.index(index.row(), index.column()) if model is not None else QModelIndex()
    return index


def _mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`a` moved `amount` of the way towards `b`."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


class MeetingDelegate(QStyledItemDelegate):
    """`on_join` is called for a click on a row's Join button, `on_details` for a double-click
    elsewhere on a meeting row (callbacks, not signals: see SafeTextBrowser)."""

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        on_join: Callable[[QModelIndex], None] | None = None,
        on_details: Callable[[QModelIndex], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.on_join = on_join
        self.on_details = on_details
        self._pressed: QPersistentModelIndex | None = None
        self._swallow_release = False

    # -- geometry ---------------------------------------------------------------------------

    @staticmethod
    def _bold(font: QFont) -> QFont:
        bold = QFont(font)
        bold.setBold(True)
        return bold

    def join_text(self) -> str:
        return self.tr("Join")

    @staticmethod
    def _time_width(metrics: QFontMetrics) -> int:
        """Width of the time column: the widest plain "start – end" in this locale."""
        clock = QLocale().toString(QTime(23, 59), QLocale.FormatType.ShortFormat)
        return metrics.horizontalAdvance(f"{clock} – {clock}")

    def button_rect(self, rect: QRect, metrics: QFontMetrics) -> QRect:
        """Where the Join button of a row drawn in `rect` is."""
        # Room for the service's icon before "Join".
        width = max(metrics.horizontalAdvance(self.join_text()) + 36 + ICON_SIZE + 6, 96)
        height = metrics.height() + 14
        top = rect.top() + (rect.height() - height) // 2
        return QRect(rect.right() - H_MARGIN - width + 1, top, width, height)

    def join_rect_for(self, option: QStyleOptionViewItem, index: _AnyIndex) -> QRect | None:
        item = index.data(ITEM_ROLE)
        if not isinstance(item, MeetingItem) or item.join_url is None:
            return None
        return self.button_rect(option.rect, QFontMetrics(option.font))

    def sizeHint(self, option: QStyleOptionViewItem, index: _AnyIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        item = index.data(ITEM_ROLE)
        if isinstance(item, DayHeader):
            return QSize(240, QFontMetrics(self._bold(option.font)).height() + 2 * V_PADDING + 6)
        bold = QFontMetrics(self._bold(option.font))
        text_height = bold.height() + LINE_GAP + metrics.height() + 2 * V_PADDING
        button_height = metrics.height() + 14 + 2 * V_PADDING
        return QSize(240, max(text_height, button_height))

    # -- painting ---------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _AnyIndex) -> None:
        item = index.data(ITEM_ROLE)
        painter.save()
        try:
            if isinstance(item, DayHeader):
                self._paint_header(painter, option, item)
            elif isinstance(item, MeetingItem):
                self._paint_meeting(painter, option, index, item)
        finally:
            painter.restore()

    def _paint_header(
        self, painter: QPainter, option: QStyleOptionViewItem, item: DayHeader
    ) -> None:
        rect = option.rect
        palette = option.palette
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        font = self._bold(option.font)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        metrics = QFontMetrics(font)
        text_rect = rect.adjusted(H_MARGIN, V_PADDING, -H_MARGIN, -V_PADDING // 2)
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
            metrics.elidedText(item.label, Qt.TextElideMode.ElideRight, text_rect.width()),
        )

    def _paint_meeting(
        self, painter: QPainter, option: QStyleOptionViewItem, index: _AnyIndex, item: MeetingItem
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        palette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        text_color = palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        base = palette.color(
            group, QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base
        )
        dim_color = _mix(text_color, base, 0.35)
        normal = QFont(opt.font)
        bold = self._bold(opt.font)
        metrics = QFontMetrics(normal)
        bold_metrics = QFontMetrics(bold)

        rect = opt.rect
        line1 = QRect(0, rect.top() + V_PADDING, 0, bold_metrics.height())
        line2 = QRect(0, line1.bottom() + 1 + LINE_GAP, 0, metrics.height())
        # Centre the two lines when the row is taller than they need (the button sets it).
        extra = rect.height() - (line2.bottom() - rect.top() + 1 + V_PADDING)
        if extra > 0:
            line1.translate(0, extra // 2)
            line2.translate(0, extra // 2)

        # Time column.
        left = rect.left() + H_MARGIN
        time_width = min(
            max(self._time_width(metrics), metrics.horizontalAdvance(item.time_text)),
            max(rect.width() // 3, 40),
        )
        painter.setFont(normal)
        painter.setPen(text_color)
        painter.drawText(
            QRect(left, line1.top(), time_width, line1.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(item.time_text, Qt.TextElideMode.ElideRight, time_width),
        )
        if item.now:
            self._paint_badge(painter, palette, group, normal, left, line2, self.tr("Now"))

        # Join button on the right.
        right = rect.right() - H_MARGIN
        if item.join_url is not None:
            button = self.button_rect(rect, metrics)
            self._paint_button(painter, opt, index, button)
            right = button.left() - GAP

        # Topic and details in the middle.
        middle_left = left + time_width + GAP
        width = max(right - middle_left, 0)
        marker = "↻ " + self.tr("repeats") if item.repeats else ""
        marker_width = metrics.horizontalAdvance(marker) + 8 if marker else 0
        topic_width = max(width - marker_width, 0)
        painter.setFont(bold)
        painter.setPen(text_color)
        topic = bold_metrics.elidedText(item.topic, Qt.TextElideMode.ElideRight, topic_width)
        painter.drawText(
            QRect(middle_left, line1.top(), topic_width, line1.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            topic,
        )
        if marker and width > marker_width:
            painter.setFont(normal)
            painter.setPen(dim_color)
            marker_left = middle_left + bold_metrics.horizontalAdvance(topic) + 8
            painter.drawText(
                QRect(marker_left, line1.top(), marker_width, line1.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                marker,
            )
        if not item.redacted:
            details = self.tr("Host: {host}").format(host=item.host_text)
            details += " · " + (item.service_text or self.tr("No meeting link"))
            painter.setFont(normal)
            painter.setPen(dim_color)
            painter.drawText(
                QRect(middle_left, line2.top(), width, line2.height()),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                metrics.elidedText(details, Qt.TextElideMode.ElideRight, width),
            )

    def _paint_badge(
        self,
        painter: QPainter,
        palette: QPalette,
        group: QPalette.ColorGroup,
        font: QFont,
        left: int,
        line: QRect,
        text: str,
    ) -> None:
        small = QFont(font)
        small.setBold(True)
        metrics = QFontMetrics(small)
        badge = QRect(left, line.top(), metrics.horizontalAdvance(text) + 12, line.height())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0x1E, 0x8E, 0x3E))
        painter.drawRoundedRect(badge, 4, 4)
        painter.setPen(QColor(Qt.GlobalColor.white))
        painter.setFont(small)
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        del palette, group

    def _paint_button(
        self, painter: QPainter, option: QStyleOptionViewItem, index: _AnyIndex, rect: QRect
    ) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        button = QStyleOptionButton()
        button.rect = rect
        button.text = self.join_text()
        item = index.data(ITEM_ROLE)
        if isinstance(item, MeetingItem) and item.service_id:
            button.icon = service_icon(item.service_id, item.service_text)
            button.iconSize = QSize(ICON_SIZE, ICON_SIZE)
        button.fontMetrics = option.fontMetrics
        button.palette = QPalette(option.palette)
        if not option.state & QStyle.StateFlag.State_Selected:
            # An accent-coloured button, except on a selected row (which has that colour).
            accent = option.palette.color(QPalette.ColorRole.Highlight)
            button.palette.setColor(QPalette.ColorRole.Button, accent)
            button.palette.setColor(
                QPalette.ColorRole.ButtonText,
                option.palette.color(QPalette.ColorRole.HighlightedText),
            )
        state = QStyle.StateFlag.State_Enabled
        pressed = self._pressed is not None and self._pressed == QPersistentModelIndex(index)
        state |= QStyle.StateFlag.State_Sunken if pressed else QStyle.StateFlag.State_Raised
        if isinstance(widget, QAbstractItemView):
            cursor = widget.viewport().mapFromGlobal(QCursor.pos())
            if option.state & QStyle.StateFlag.State_MouseOver and rect.contains(cursor):
                state |= QStyle.StateFlag.State_MouseOver
        button.state = state
        painter.setFont(option.font)
        style.drawControl(QStyle.ControlElement.CE_PushButton, button, painter, widget)

    # -- clicks -----------------------------------------------------------------------------

    def editorEvent(
        self,
        event: QEvent,
        model: object,
        option: QStyleOptionViewItem,
        index: _AnyIndex,
    ) -> bool:
        if not isinstance(event, QMouseEvent) or not index.isValid():
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        button = self.join_rect_for(option, index)
        inside = button is not None and button.contains(event.position().toPoint())
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress:
            if inside:
                self._pressed = QPersistentModelIndex(index)
                self._repaint(option.widget)
            return False
        if kind == QEvent.Type.MouseButtonDblClick:
            if inside:
                # The first click already joined; the second release must not join again.
                self._swallow_release = True
                return True
            if isinstance(index.data(ITEM_ROLE), MeetingItem):
                if self.on_details is not None:
                    self.on_details(_plain(index))
                return True
            return False
        if kind == QEvent.Type.MouseButtonRelease:
            was_pressed = self._pressed is not None and self._pressed == QPersistentModelIndex(
                index
            )
            self._pressed = None
            self._repaint(option.widget)
            if self._swallow_release:
                self._swallow_release = False
                return inside
            if inside and was_pressed:
                if self.on_join is not None:
                    self.on_join(_plain(index))
                return True
        return False

    @staticmethod
    def _repaint(widget: QWidget | None) -> None:
        if isinstance(widget, QAbstractItemView):
            widget.viewport().update()
