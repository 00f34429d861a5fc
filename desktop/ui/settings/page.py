"""The Settings tab: connected accounts, meeting links, who you are, and what the admin manages."""

from __future__ import annotations

import enum
import html
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.auth.secrets import KeyringUnavailable
from desktop.conferencing import DEFAULT_TEMPLATE, is_safe_web_url, validate_template
from desktop.domain import Account, AccountState, Permission, ServiceKind
from desktop.policy import FirstLoginPrompt, PolicyLocked, ResolvedSetting, Source
from desktop.services.context import AppContext
from desktop.services.errors import ServiceError
from desktop.services.integration import service_info
from desktop.services.meetings import is_valid_email
from desktop.services.settings import MEETING_LINK_JITSI, MEETING_LINK_PERSONAL, MEETING_LINK_ZOOM
from desktop.sync import SyncReport, SyncScheduler
from desktop.ui.background import BackgroundLoop, background_loop
from desktop.ui.bridge import ServiceBridge
from desktop.ui.settings.connect_dialog import (
    ConfigureDialog,
    ConnectDialog,
    connectable_services,
    error_label,
    permission_name,
    service_text,
    show_error,
    unavailable_reason,
)
from desktop.ui.settings.decisions import SyncDecisionsBox
from desktop.ui.text import message_box, plain_label, shown

_CONTEXT = "SettingsPage"

MAX_TEMPLATE_CHARS = 20_000


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


# --- describing accounts ------------------------------------------------------------------


def state_text(account: Account) -> str:
    names = {
        AccountState.UP_TO_DATE: _tr("Up to date"),
        AccountState.SYNCING: _tr("Syncing…"),
        AccountState.OFFLINE: _tr("Offline"),
        AccountState.NEEDS_SIGN_IN: _tr("Needs sign-in"),
        AccountState.ERROR: _tr("Error"),
    }
    text = names[account.state]
    reason = " ".join(shown(account.state_reason).split())
    return f"{text}: {reason}" if reason else text


def _access(perms: frozenset[Permission], read: Permission, write: Permission) -> str:
    if read in perms and write in perms:
        return _tr("read and write")
    if read in perms:
        return _tr("read only")
    if write in perms:
        return _tr("write only")
    return _tr("not used")


def permission_lines(perms: frozenset[Permission]) -> list[str]:
    """["Calendar: read and write", "Contacts: read only"]."""
    return [
        _tr("Calendar: {access}").format(
            access=_access(perms, Permission.CALENDAR_READ, Permission.CALENDAR_WRITE)
        ),
        _tr("Contacts: {access}").format(
            access=_access(perms, Permission.CONTACTS_READ, Permission.CONTACTS_WRITE)
        ),
    ]


def _one_line(text: str) -> str:
    return " ".join(text.split())


class LineKind(enum.Enum):
    TITLE = "title"
    NORMAL = "normal"
    MUTED = "muted"
    WARNING = "warning"


@dataclass(frozen=True)
class AccountRow:
    account: Account
    lines: tuple[tuple[str, LineKind], ...]

    @property
    def text(self) -> str:
        return "\n".join(line for line, _ in self.lines)


def account_row(account: Account, allowed: frozenset[Permission]) -> AccountRow:
    info = service_info(account.kind)
    service = service_text(info.name)
    if account.email:
        second = f"{service} · {account.email}"
    elif _one_line(account.display_name) in ("", service):
        second = service_text(info.description)
    else:
        second = service
    state_kind = (
        LineKind.WARNING
        if account.state in (AccountState.ERROR, AccountState.NEEDS_SIGN_IN)
        else LineKind.NORMAL
    )
    lines: list[tuple[str, LineKind]] = [
        (_one_line(account.display_name) or service, LineKind.TITLE),
        (_one_line(second), LineKind.MUTED),
        (_tr("State: {state}").format(state=state_text(account)), state_kind),
        ("   ".join(permission_lines(account.permissions)), LineKind.NORMAL),
    ]
    beyond = account.permissions - allowed
    if beyond:
        names = ", ".join(permission_name(p) for p in sorted(beyond))
        lines.append(
            (
                _tr(
                    "Your administrator no longer allows: {names}. Use Configure to update."
                ).format(names=names),
                LineKind.WARNING,
            )
        )
    return AccountRow(account, tuple(lines))


class AccountsModel(QAbstractListModel):
    AccountIdRole = Qt.ItemDataRole.UserRole + 1
    LinesRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AccountRow] = []

    def set_accounts(self, accounts: list[Account], allowed: frozenset[Permission]) -> None:
        self.beginResetModel()
        self.rows = [account_row(a, allowed) for a in accounts]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.lines[0][0]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return row.text.replace("\n", ". ")
        if role == Qt.ItemDataRole.ToolTipRole:
            return "<p>" + "<br>".join(html.escape(line) for line, _ in row.lines) + "</p>"
        if role == self.AccountIdRole:
            return row.account.id
        if role == self.LinesRole:
            return row.lines
        return None


class AccountDelegate(QStyledItemDelegate):
    """Paints an account as a few lines of plain text (never interpreted as rich text)."""

    PADDING = 8

    def _lines(
        self, index: QModelIndex | QPersistentModelIndex
    ) -> tuple[tuple[str, LineKind], ...]:
        lines = index.data(AccountsModel.LinesRole)
        return tuple(lines) if lines else ()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        metrics = QFontMetrics(option.font)
        count = max(1, len(self._lines(index)))
        return QSize(200, count * metrics.lineSpacing() + 2 * self.PADDING + (count - 1) * 2)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect = opt.rect.adjusted(self.PADDING, self.PADDING, -self.PADDING, -self.PADDING)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = opt.palette
        normal = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = normal if selected else muted_color(palette, QPalette.ColorRole.Base)
        warning = normal if selected else QColor("#b3261e")
        base_font = QFont(opt.font)
        painter.save()
        y = rect.top()
        for text, kind in self._lines(index):
            font = QFont(base_font)
            if kind is LineKind.TITLE:
                font.setBold(True)
            painter.setFont(font)
            metrics = QFontMetrics(font)
            color = {LineKind.MUTED: muted, LineKind.WARNING: warning}.get(kind, normal)
            painter.setPen(color)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(
                rect.left(),
                y,
                rect.width(),
                metrics.lineSpacing(),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
            y += metrics.lineSpacing() + 2
        painter.restore()


# --- describing policy settings ---------------------------------------------------------------

SETTING_LABELS: dict[str, str] = {
    "integration_enabled": "Calendar and contacts integration",
    "default_service": "Preferred service",
    "allowed_permissions": "Allowed permissions",
    "allowed_domains": "Allowed e-mail domains",
    "sync_version": "Two-way sync",
    "first_login_prompt": "Set-up prompt at sign-in",
    "delegates_see_private": "Delegates see private events",
    "start_at_login": "Start at sign-in",
    "microsoft_client_id": "Microsoft app (client) ID",
    "microsoft_authority": "Microsoft sign-in address",
    "microsoft_graph_url": "Microsoft Graph address",
    "microsoft_configured_by": "Who connects Microsoft 365",
    "microsoft_certificate": "Microsoft app certificate (admin mode)",
    "feature_gates": "Minimum versions of features",
}

SYNC_VERSION_LABELS: dict[int, str] = {
    1: "Version 1: only meetings scheduled here, 30 days ahead",
    2: "Version 2: all events, 6 months back to 18 months ahead",
}

PROMPT_LABELS: dict[FirstLoginPrompt, str] = {
    FirstLoginPrompt.FIRST_SIGN_IN: "At the first sign-in only",
    FirstLoginPrompt.EVERY_SIGN_IN: "At every sign-in until set up",
    FirstLoginPrompt.NEVER: "Never",
}

FEATURE_LABELS: dict[str, str] = {"first_login_prompt": "Set-up prompt"}


def setting_label(name: str) -> str:
    return _tr(SETTING_LABELS.get(name, name))


def describe_value(name: str, value: object) -> str:
    """A setting's value the way a person reads it."""
    if isinstance(value, bool):
        if name == "integration_enabled":
            return _tr("On") if value else _tr("Off")
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, ServiceKind):
        return service_text(service_info(value).name)
    if isinstance(value, FirstLoginPrompt):
        return _tr(PROMPT_LABELS[value])
    if name == "sync_version" and isinstance(value, int):
        return _tr(SYNC_VERSION_LABELS.get(value, str(value)))
    if name == "allowed_permissions" and isinstance(value, tuple):
        names = [permission_name(Permission(p)) for p in value]
        return ", ".join(names) if names else _tr("None")
    if name == "allowed_domains" and isinstance(value, tuple):
        return ", ".join(str(d) for d in value) if value else _tr("Any domain")
    if name in ("microsoft_client_id", "microsoft_certificate") and not value:
        return _tr("Not set")
    if name == "microsoft_configured_by":
        return (
            _tr("Your administrator (application permissions)")
            if value == "admin"
            else _tr("Each person, by signing in")
        )
    if isinstance(value, Mapping):
        if not value:
            return _tr("Built-in minimums")
        return ", ".join(
            _tr("{feature} from {version}").format(
                feature=_tr(FEATURE_LABELS.get(str(k), str(k))), version=v
            )
            for k, v in value.items()
        )
    return str(value)


def source_text(setting: ResolvedSetting) -> str:
    if setting.source is Source.ENFORCED:
        return _tr("Locked: {reason}").format(reason=shown(setting.reason))
    if setting.source is Source.RECOMMENDED:
        return _tr("Recommended by your administrator")
    if setting.source is Source.USER:
        return _tr("Set by you")
    return _tr("Default")


_LOCK_ICON: QIcon | None = None


def lock_icon() -> QIcon:
    """A small padlock, drawn once (no image files needed)."""
    global _LOCK_ICON
    if _LOCK_ICON is None:
        pixmap = QPixmap(32, 32)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        color = QColor("#7a5a00")
        painter.setPen(QPen(color, 3.5))
        shackle = QPainterPath()
        shackle.moveTo(QPointF(10, 15))
        shackle.lineTo(QPointF(10, 10))
        shackle.arcTo(QRectF(10, 3, 12, 12), 180, -180)
        shackle.lineTo(QPointF(22, 15))
        painter.drawPath(shackle)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(6, 14, 20, 15), 3, 3)
        painter.end()
        _LOCK_ICON = QIcon(pixmap)
    return _LOCK_ICON


class PolicyModel(QAbstractTableModel):
    COLUMNS = ("Setting", "Value", "Set by")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings: list[ResolvedSetting] = []

    def set_settings(self, settings: list[ResolvedSetting]) -> None:
        self.beginResetModel()
        self.settings = list(settings)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.settings)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if (
            orientation is Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return self.tr(self.COLUMNS[section])
        return None

    def text(self, row: int, column: int) -> str:
        setting = self.settings[row]
        if column == 0:
            return setting_label(setting.name)
        if column == 1:
            return describe_value(setting.name, setting.value)
        return source_text(setting)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.settings):
            return None
        setting = self.settings[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.text(index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = shown(setting.reason) if column == 2 else self.text(index.row(), column)
            return "<p>" + html.escape(tip) + "</p>"
        # The icon sits by the name: a wrapped cell with an icon is measured too short.
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and setting.locked:
            return lock_icon()
        if role == Qt.ItemDataRole.FontRole and column == 2 and setting.locked:
            font = QFont()
            font.setBold(True)
            return font
        return None


class FitTableView(QTableView):
    """A table as tall as its rows (the page scrolls, not the table); text wraps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustIgnored)
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit)
        # Column widths settle after the resize event; measure rows once they have.
        self.horizontalHeader().sectionResized.connect(lambda *_: self._fit_timer.start())

    def fit(self) -> None:
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        for row in range(rows):
            height += self.rowHeight(row)
        self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()


# --- the page ------------------------------------------------------------------------------------


def _heading(text: str, parent: QWidget) -> QLabel:
    label = plain_label(text, parent, wrap=True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def muted_color(palette: QPalette, background: QPalette.ColorRole) -> QColor:
    """Secondary text: between text and background, yet readable (contrast about 7:1)."""
    text = palette.color(QPalette.ColorRole.Text)
    back = palette.color(background)
    mix = 0.68
    return QColor.fromRgbF(
        text.redF() * mix + back.redF() * (1 - mix),
        text.greenF() * mix + back.greenF() * (1 - mix),
        text.blueF() * mix + back.blueF() * (1 - mix),
    )


def _muted(text: str, parent: QWidget) -> QLabel:
    label = plain_label(text, parent, wrap=True)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted_color(palette, QPalette.ColorRole.Window))
    label.setPalette(palette)
    return label


class SettingsPage(QScrollArea):
    """Settings tab content, in a scroll area so nothing is cut off at large text sizes."""

    def __init__(self, ctx: AppContext, bridge: ServiceBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.bridge = bridge
        self.setObjectName("settingsPage")
        self.setAccessibleName(self.tr("Settings"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget(self)
        self.content.setObjectName("settingsContent")
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(16)
        self.connect_dialog: ConnectDialog | None = None
        self.configure_dialog: ConfigureDialog | None = None
        self._scheduler: SyncScheduler | None = None
        self._background: BackgroundLoop | None = None
        self._syncing: set[str] = set()
        self.confirm_box: QMessageBox | None = None
        # What each editable field showed when last loaded (tells edits from stale values).
        self._loaded: dict[str, object] = {}

        self.decisions = SyncDecisionsBox(ctx, bridge, self.content)
        layout.addWidget(self.decisions)
        layout.addWidget(self._build_integration())
        layout.addWidget(self._build_meeting_links())
        layout.addWidget(self._build_joining())
        layout.addWidget(self._build_about_you())
        layout.addWidget(self._build_policy())
        layout.addStretch(1)
        self.setWidget(self.content)

        bridge.accountsChanged.connect(self.refresh_accounts)
        bridge.settingsChanged.connect(self.refresh_settings)
        self.refresh_accounts()
        self.refresh_settings()

    # -- section 1: integration ----------------------------------------------------------------

    def _build_integration(self) -> QGroupBox:
        box = QGroupBox(self.tr("Calendar and contacts integration"), self.content)
        box.setObjectName("integrationSection")
        layout = QVBoxLayout(box)
        layout.addWidget(
            _muted(
                self.tr(
                    "Meetdesk shows the meetings and contacts of the services you connect, "
                    "and keeps them in sync."
                ),
                box,
            )
        )
        self.accounts_model = AccountsModel(self)
        self.accounts_view = QListView(box)
        self.accounts_view.setObjectName("accountsView")
        self.accounts_view.setAccessibleName(self.tr("Connected accounts"))
        self.accounts_view.setModel(self.accounts_model)
        self.accounts_view.setItemDelegate(AccountDelegate(self.accounts_view))
        self.accounts_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accounts_view.setUniformItemSizes(False)
        self.accounts_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.accounts_view.selectionModel().currentChanged.connect(
            lambda *_: self._update_account_buttons()
        )
        self.accounts_view.doubleClicked.connect(lambda *_: self.configure_selected())

        self.accounts_empty = QFrame(box)
        self.accounts_empty.setObjectName("accountsEmpty")
        self.accounts_empty.setFrameShape(QFrame.Shape.StyledPanel)
        empty_layout = QVBoxLayout(self.accounts_empty)
        empty_layout.setContentsMargins(16, 16, 16, 16)
        empty_layout.setSpacing(6)
        self.empty_title = _heading(self.tr("No calendar or contacts service connected"), box)
        self.empty_title.setObjectName("accountsEmptyTitle")
        empty_layout.addWidget(self.empty_title)
        empty_layout.addWidget(
            _muted(
                self.tr(
                    "Connect a service to see its meetings and contacts here. Until then "
                    "Meetdesk has nothing to show."
                ),
                box,
            )
        )
        # One of the two is shown; a hidden widget takes no room in the layout.
        layout.addWidget(self.accounts_view)
        layout.addWidget(self.accounts_empty)

        buttons = QHBoxLayout()
        self.connect_button = QPushButton(self.tr("Co&nnect…"), box)
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setAccessibleName(self.tr("Connect a service"))
        self.connect_button.clicked.connect(self.open_connect)
        self.configure_button = QPushButton(self.tr("Confi&gure…"), box)
        self.configure_button.setObjectName("configureButton")
        self.configure_button.setAccessibleName(self.tr("Configure the selected account"))
        self.configure_button.clicked.connect(self.configure_selected)
        self.remove_button = QPushButton(self.tr("&Remove…"), box)
        self.remove_button.setObjectName("removeButton")
        self.remove_button.setAccessibleName(self.tr("Remove the selected account"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.sync_account_button = QPushButton(self.tr("S&ync now"), box)
        self.sync_account_button.setObjectName("syncAccountButton")
        self.sync_account_button.setAccessibleName(self.tr("Sync the selected account now"))
        self.sync_account_button.clicked.connect(self.sync_selected)
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.configure_button)
        self.sign_in_again_button = QPushButton(self.tr("Sign &in again…"), box)
        self.sign_in_again_button.setObjectName("signInAgainButton")
        self.sign_in_again_button.setAccessibleName(
            self.tr("Sign in again to the selected account")
        )
        self.sign_in_again_button.clicked.connect(self.sign_in_again_selected)
        # While the browser sign-in waits (up to 5 minutes): the way out.
        self.cancel_sign_in_button = QPushButton(self.tr("Cancel sign-in"), box)
        self.cancel_sign_in_button.setObjectName("cancelSignInButton")
        self.cancel_sign_in_button.hide()
        self.cancel_sign_in_button.clicked.connect(self.cancel_sign_in)
        buttons.addWidget(self.sync_account_button)
        buttons.addWidget(self.sign_in_again_button)
        buttons.addWidget(self.cancel_sign_in_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.connect_reason = plain_label("", box, wrap=True)
        self.connect_reason.setObjectName("connectBlockedReason")
        layout.addWidget(self.connect_reason)
        self.accounts_error = error_label(box)
        layout.addWidget(self.accounts_error)

        layout.addSpacing(8)
        layout.addWidget(_heading(self.tr("Preferences"), box))
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.setVerticalSpacing(4)
        self.policy_controls: dict[str, QWidget] = {}
        self.policy_notes: dict[str, QLabel] = {}

        self.service_combo = QComboBox(box)
        for info in self.ctx.integration.services():
            self.service_combo.addItem(service_text(info.name), info.kind.value)
        self._add_policy_control(
            form, "default_service", self.tr("Preferred ser&vice"), self.service_combo
        )
        self.sync_combo = QComboBox(box)
        for number, label in SYNC_VERSION_LABELS.items():
            self.sync_combo.addItem(self.tr(label), number)
        self._add_policy_control(form, "sync_version", self.tr("T&wo-way sync"), self.sync_combo)
        self.prompt_combo = QComboBox(box)
        for prompt, label in PROMPT_LABELS.items():
            self.prompt_combo.addItem(self.tr(label), prompt.value)
        self._add_policy_control(
            form, "first_login_prompt", self.tr("Set-up &prompt"), self.prompt_combo
        )
        self.delegates_check = QCheckBox(self.tr("&Delegates may see my private events"), box)
        self._add_policy_control(form, "delegates_see_private", "", self.delegates_check)
        self.start_at_login_check = QCheckBox(self.tr("Start Meetdesk when I sign in"), box)
        self._add_policy_control(form, "start_at_login", "", self.start_at_login_check)
        # Said apart, wrapped: in the check box it made the page wider than a small window.
        form.addWidget(
            _muted(self.tr("It starts in the tray, so reminders work from the start."), box),
            form.rowCount(),
            1,
        )
        layout.addLayout(form)
        self.preferences_error = error_label(box)
        layout.addWidget(self.preferences_error)

        self.service_combo.activated.connect(
            lambda _: self._set_policy_setting("default_service", self.service_combo.currentData())
        )
        self.sync_combo.activated.connect(
            lambda _: self._set_policy_setting("sync_version", self.sync_combo.currentData())
        )
        self.prompt_combo.activated.connect(
            lambda _: self._set_policy_setting(
                "first_login_prompt", self.prompt_combo.currentData()
            )
        )
        self.delegates_check.clicked.connect(
            lambda on: self._set_policy_setting("delegates_see_private", bool(on))
        )
        self.start_at_login_check.clicked.connect(
            lambda on: self._set_policy_setting("start_at_login", bool(on))
        )
        # The language: names in their own language, so anyone can find theirs.
        row = form.rowCount()
        self.language_combo = QComboBox(box)
        self.language_combo.setObjectName("languageChoice")
        self.language_combo.setAccessibleName(self.tr("Language of Meetdesk"))
        self.language_combo.addItem(self.tr("Same as the system"), "")
        for code, name in (("en", "English"), ("fr", "Français"), ("nl", "Nederlands")):
            self.language_combo.addItem(name, code)
        form.addWidget(QLabel(self.tr("Language"), box), row, 0)
        form.addWidget(self.language_combo, row, 1)
        self.language_note = _muted(self.tr("Applies the next time Meetdesk starts."), box)
        self.language_note.setVisible(False)
        form.addWidget(self.language_note, row + 1, 1)
        self.language_combo.activated.connect(self._language_chosen)
        for combo in (self.service_combo, self.sync_combo, self.prompt_combo, self.language_combo):
            # Long choices ("Version 2: all events, 6 months back...") must not widen the page.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        return box

    def _language_chosen(self) -> None:
        code = str(self.language_combo.currentData() or "")
        if code == self.ctx.settings.get_str("language"):
            return
        self.ctx.settings.set("language", code)
        self.language_note.setVisible(True)

    def _add_policy_control(
        self, form: QGridLayout, name: str, label: str, control: QWidget
    ) -> None:
        """A row: label, control, and under the control a note saying who set the value."""
        control.setObjectName(f"policy_{name}")
        control.setAccessibleName(setting_label(name))
        row = form.rowCount()
        parent = control.parentWidget() or self.content
        if label:
            field_label = QLabel(label, parent)
            field_label.setBuddy(control)
            form.addWidget(field_label, row, 0)
            form.addWidget(control, row, 1)
        else:
            form.addWidget(control, row, 0, 1, 2)
        note = _muted("", parent)
        note.setObjectName(f"policyNote_{name}")
        note.hide()
        form.addWidget(note, row + 1, 1)
        self.policy_controls[name] = control
        self.policy_notes[name] = note

    def _set_policy_setting(self, name: str, value: object) -> None:
        show_error(self.preferences_error, "")
        try:
            self.ctx.settings.set(name, value)
        except PolicyLocked as exc:
            show_error(self.preferences_error, shown(exc))
        except (ValueError, ServiceError) as exc:
            show_error(self.preferences_error, shown(exc))
        self._refresh_preferences()

    def _refresh_preferences(self) -> None:
        found = self.language_combo.findData(self.ctx.settings.get_str("language"))
        self.language_combo.setCurrentIndex(max(found, 0))
        effective = self.ctx.settings.effective()
        for name, control in self.policy_controls.items():
            setting = effective.setting(name)
            control.blockSignals(True)
            if isinstance(control, QComboBox):
                value = setting.value
                data = value.value if isinstance(value, enum.Enum) else value
                found = control.findData(data)
                if found >= 0:
                    control.setCurrentIndex(found)
            elif isinstance(control, QCheckBox):
                control.setChecked(bool(setting.value))
            control.blockSignals(False)
            control.setEnabled(not setting.locked)
            note = self.policy_notes[name]
            if setting.locked:
                note.setText(source_text(setting))
                control.setToolTip("<p>" + html.escape(shown(setting.reason)) + "</p>")
            elif setting.source is Source.RECOMMENDED:
                note.setText(self.tr("Recommended by your administrator; you may change it."))
                control.setToolTip("")
            else:
                note.setText("")
                control.setToolTip("")
            note.setVisible(bool(note.text()))
            control.setAccessibleDescription(note.text())

    def refresh_accounts(self) -> None:
        current = self.selected_account_id()
        accounts = self.ctx.integration.accounts()
        self.accounts_model.set_accounts(accounts, self.ctx.integration.allowed_permissions())
        self.accounts_view.setVisible(bool(accounts))
        self.accounts_empty.setVisible(not accounts)
        if accounts:
            ids = [a.id for a in accounts]
            row = ids.index(current) if current in ids else 0
            self.accounts_view.setCurrentIndex(self.accounts_model.index(row, 0))
            height = sum(self.accounts_view.sizeHintForRow(r) for r in range(min(len(accounts), 4)))
            self.accounts_view.setFixedHeight(height + 2 * self.accounts_view.frameWidth() + 2)
        self._update_connect_button()
        self._update_account_buttons()

    def _connect_unavailable_reason(self) -> str:
        reason = self.ctx.integration.connect_blocked_reason()
        if reason:
            return reason
        if connectable_services(self.ctx):
            return ""
        connected = {a.kind for a in self.ctx.integration.accounts()}
        locked = self.ctx.integration.locked_service()
        if locked is not None and locked not in connected:
            info = service_info(locked)
            return self.tr("Your administrator requires {name}: {reason}").format(
                name=service_text(info.name), reason=unavailable_reason(self.ctx, info, connected)
            )
        return self.tr("Every service available in this version is already connected.")

    def _update_connect_button(self) -> None:
        reason = self._connect_unavailable_reason()
        self.connect_button.setEnabled(not reason)
        self.connect_button.setToolTip("<p>" + html.escape(reason) + "</p>" if reason else "")
        self.connect_button.setAccessibleDescription(reason)
        self.connect_reason.setText(reason)
        self.connect_reason.setVisible(bool(reason))

    def _update_account_buttons(self) -> None:
        account = self.selected_account()
        has = account is not None
        self.configure_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        # The computer's own calendar has nothing to sync with.
        syncable = account is not None and account.kind is not ServiceKind.LOCAL
        needs_sign_in = (
            account is not None
            and account.kind is ServiceKind.MICROSOFT365
            and account.state is AccountState.NEEDS_SIGN_IN
        )
        self.sign_in_again_button.setVisible(needs_sign_in)
        self.sign_in_again_button.setEnabled(
            needs_sign_in
            and self._background is not None
            and account is not None
            and account.id not in self._syncing
        )
        self.sync_account_button.setVisible(syncable or account is None)
        self.sync_account_button.setEnabled(
            syncable
            and self._scheduler is not None
            and account is not None
            and account.id not in self._syncing
        )

    def sign_in_again_selected(self) -> None:
        account = self.selected_account()
        if account is None or self._background is None:
            return
        account_id = account.id
        self._syncing.add(account_id)
        show_error(self.accounts_error, self.tr("Waiting for you to sign in in your web browser…"))
        self._update_account_buttons()
        self.cancel_sign_in_button.show()

        def done(_report: SyncReport) -> None:
            self._syncing.discard(account_id)
            self.cancel_sign_in_button.hide()
            show_error(self.accounts_error, "")
            self.refresh_accounts()

        def failed(error: BaseException) -> None:
            self._syncing.discard(account_id)
            self.cancel_sign_in_button.hide()
            text = (
                shown(error)
                if isinstance(error, ServiceError | KeyringUnavailable)
                else self.tr("Signing in failed. The log has the details.")
            )
            show_error(self.accounts_error, text)
            self.refresh_accounts()

        self._background.submit(self.ctx.sync.sign_in_again(account_id), done, failed)

    def cancel_sign_in(self) -> None:
        """Stop the browser sign-in that is waiting; it ends with "Sign-in was cancelled."."""
        if self._background is not None:
            self._background.call_soon(self.ctx.sync.cancel_sign_in)

    def attach_sync(self, scheduler: SyncScheduler, background: BackgroundLoop) -> None:
        self._scheduler = scheduler
        self._background = background
        self._update_account_buttons()

    def sync_selected(self) -> None:
        account = self.selected_account()
        if account is None or self._scheduler is None or self._background is None:
            return
        account_id = account.id
        self._syncing.add(account_id)
        show_error(self.accounts_error, "")
        self._update_account_buttons()

        def done(_report: SyncReport) -> None:
            self._syncing.discard(account_id)
            self.refresh_accounts()

        def failed(_error: BaseException) -> None:
            self._syncing.discard(account_id)
            show_error(self.accounts_error, self.tr("Sync failed. The log has the details."))
            self.refresh_accounts()

        self._background.submit(self._scheduler.sync_account(account_id), done, failed)

    def selected_account_id(self) -> str | None:
        index = self.accounts_view.currentIndex()
        if not index.isValid():
            return None
        value = index.data(AccountsModel.AccountIdRole)
        return str(value) if value else None

    def selected_account(self) -> Account | None:
        account_id = self.selected_account_id()
        return next((a for a in self.ctx.integration.accounts() if a.id == account_id), None)

    def select_account(self, account_id: str) -> None:
        for row, item in enumerate(self.accounts_model.rows):
            if item.account.id == account_id:
                self.accounts_view.setCurrentIndex(self.accounts_model.index(row, 0))
                return

    def open_connect(self) -> ConnectDialog:
        dialog = ConnectDialog(self.ctx, self)
        dialog.accountConnected.connect(self.select_account)
        self.connect_dialog = dialog
        dialog.open()
        return dialog

    def configure_selected(self) -> ConfigureDialog | None:
        account = self.selected_account()
        if account is None:
            return None
        dialog = ConfigureDialog(self.ctx, account, self)
        self.configure_dialog = dialog
        dialog.open()
        return dialog

    def remove_selected(self) -> QMessageBox | None:
        account = self.selected_account()
        if account is None:
            return None
        name = _one_line(account.display_name) or service_info(account.kind).name
        box = message_box(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Remove account"),
            self.tr(
                "Remove {name}? Its meetings and contacts on this computer are deleted."
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setText(self.tr("&Remove"))
        yes.setAccessibleName(self.tr("Remove"))
        account_id = account.id

        def finished(result: int) -> None:
            self.confirm_box = None
            if box.clickedButton() is yes:
                self._remove(account_id)

        box.finished.connect(finished)
        self.confirm_box = box
        box.open()
        return box

    def _remove(self, account_id: str) -> None:
        show_error(self.accounts_error, "")
        try:
            self.ctx.integration.remove(account_id)
        except (ServiceError, KeyringUnavailable) as exc:
            show_error(self.accounts_error, shown(exc))

    # -- section 2: meeting links ----------------------------------------------------------------

    def _build_meeting_links(self) -> QGroupBox:
        box = QGroupBox(self.tr("Meeting links"), self.content)
        box.setObjectName("meetingLinksSection")
        layout = QVBoxLayout(box)
        layout.addWidget(_muted(self.tr("Where meetings you schedule get their join link."), box))
        self.jitsi_radio = QRadioButton(self.tr("Create a &Jitsi room for each meeting"), box)
        self.jitsi_radio.setAccessibleName(self.tr("Create a Jitsi room for each meeting"))
        self.personal_radio = QRadioButton(self.tr("Use my personal meeting r&oom"), box)
        self.personal_radio.setAccessibleName(self.tr("Use my personal meeting room"))
        self.link_mode = QButtonGroup(self)
        self.link_mode.addButton(self.jitsi_radio)
        self.link_mode.addButton(self.personal_radio)
        layout.addWidget(self.jitsi_radio)
        layout.addWidget(self.personal_radio)
        link_row = QFormLayout()
        link_row.setContentsMargins(24, 0, 0, 0)
        self.personal_link_edit = QLineEdit(box)
        self.personal_link_edit.setObjectName("personalLink")
        self.personal_link_edit.setPlaceholderText("https://meet.example.com/your-room")
        self.personal_link_edit.setAccessibleName(self.tr("Personal meeting room link"))
        self.personal_link_edit.setMaxLength(2000)
        link_row.addRow(self.tr("Room &link"), self.personal_link_edit)
        link_label = link_row.labelForField(self.personal_link_edit)
        if isinstance(link_label, QLabel):
            link_label.setBuddy(self.personal_link_edit)
        layout.addLayout(link_row)
        self.zoom_radio = QRadioButton(self.tr("Make a &Zoom meeting for each meeting"), box)
        self.zoom_radio.setAccessibleName(self.tr("Make a Zoom meeting for each meeting"))
        self.link_mode.addButton(self.zoom_radio)
        layout.addWidget(self.zoom_radio)
        zoom_row = QHBoxLayout()
        zoom_row.setContentsMargins(24, 0, 0, 0)
        self.zoom_client_edit = QLineEdit(box)
        self.zoom_client_edit.setObjectName("zoomClientId")
        self.zoom_client_edit.setPlaceholderText(self.tr("Zoom app (client) ID"))
        self.zoom_client_edit.setAccessibleName(self.tr("Zoom app (client) ID"))
        self.zoom_client_edit.setMaxLength(200)
        self.zoom_sign_in_button = QPushButton(self.tr("Sign in to Zoom…"), box)
        self.zoom_sign_in_button.setObjectName("zoomSignIn")
        self.zoom_sign_in_button.clicked.connect(self.sign_in_to_zoom)
        self.zoom_status = _muted("", box)
        self.zoom_status.setObjectName("zoomStatus")
        self.zoom_options_button = QPushButton(self.tr("Zoom options…"), box)
        self.zoom_options_button.setObjectName("zoomOptions")
        self.zoom_options_button.clicked.connect(self.open_zoom_options)
        zoom_row.addWidget(self.zoom_client_edit, 1)
        zoom_row.addWidget(self.zoom_sign_in_button)
        zoom_row.addWidget(self.zoom_options_button)
        layout.addLayout(zoom_row)
        zoom_status_row = QHBoxLayout()
        zoom_status_row.setContentsMargins(24, 0, 0, 0)
        zoom_status_row.addWidget(self.zoom_status)
        layout.addLayout(zoom_status_row)
        self.link_error = error_label(box)
        layout.addWidget(self.link_error)

        template_label = QLabel(self.tr("Invitation te&xt"), box)
        layout.addWidget(template_label)
        self.template_edit = QPlainTextEdit(box)
        self.template_edit.setObjectName("invitationTemplate")
        self.template_edit.setAccessibleName(self.tr("Invitation text"))
        self.template_edit.setTabChangesFocus(True)
        self.template_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.template_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        lines = DEFAULT_TEMPLATE.count("\n") + 2
        self.template_edit.setMinimumHeight(
            lines * QFontMetrics(self.template_edit.font()).lineSpacing() + 16
        )
        template_label.setBuddy(self.template_edit)
        layout.addWidget(self.template_edit)
        self.template_help = _muted(
            self.tr("Fields in braces are filled in: {fields}.").format(
                fields=", ".join(
                    "{" + name + "}"
                    for name in (
                        "topic",
                        "start",
                        "end",
                        "timezone",
                        "duration",
                        "join_url",
                        "meeting_id",
                        "passcode",
                        "host",
                        "dial_in",
                        "h323_password",
                        "pstn_password",
                        "description",
                    )
                )
            ),
            box,
        )
        layout.addWidget(self.template_help)
        self.template_problems = plain_label("", box, wrap=True)
        self.template_problems.setObjectName("templateProblems")
        self.template_problems.setStyleSheet("color: #8a5300;")
        self.template_problems.hide()
        layout.addWidget(self.template_problems)

        row = QHBoxLayout()
        self.reset_template_button = QPushButton(self.tr("R&eset to default"), box)
        self.reset_template_button.setAccessibleName(self.tr("Reset invitation text to default"))
        self.reset_template_button.clicked.connect(
            lambda: self.template_edit.setPlainText(shown(DEFAULT_TEMPLATE))
        )
        self.save_links_button = QPushButton(self.tr("Save meeting lin&k settings"), box)
        self.save_links_button.setObjectName("saveMeetingLinks")
        self.save_links_button.setAccessibleName(self.tr("Save meeting link settings"))
        self.save_links_button.clicked.connect(self.save_meeting_links)
        self.links_status = _muted("", box)
        self.links_status.setMinimumWidth(
            QFontMetrics(self.links_status.font()).horizontalAdvance(self.tr("Saved.")) + 8
        )
        self.links_status.setObjectName("meetingLinksStatus")
        row.addWidget(self.reset_template_button)
        row.addStretch(1)
        row.addWidget(self.links_status)
        row.addWidget(self.save_links_button)
        layout.addLayout(row)

        self.personal_radio.toggled.connect(self._link_mode_changed)
        self.personal_link_edit.textEdited.connect(lambda _: self._edited_links())
        self.jitsi_radio.toggled.connect(lambda _: self._edited_links())
        self.zoom_radio.toggled.connect(lambda _: self._edited_links())
        self.template_edit.textChanged.connect(self._template_changed)
        return box

    def _link_mode_changed(self, personal: bool) -> None:
        self.personal_link_edit.setEnabled(personal)
        self._show_zoom_status()

    def _show_zoom_status(self) -> None:
        signed_in = self.ctx.zoom.signed_in()
        self.zoom_status.setText(
            self.tr("Signed in to Zoom.")
            if signed_in
            else self.tr("Not signed in to Zoom: sign in to make Zoom meetings.")
        )

    def open_zoom_options(self) -> QDialog:
        from desktop.ui.settings.zoom_options import ZoomOptionsDialog

        dialog = ZoomOptionsDialog(self.ctx, self)
        self.zoom_options_dialog = dialog
        dialog.open()
        return dialog

    def sign_in_to_zoom(self) -> None:
        show_error(self.link_error, "")
        client_id = self.zoom_client_edit.text().strip()
        try:
            self.ctx.settings.set("zoom_client_id", client_id)
        except ServiceError as exc:
            show_error(self.link_error, shown(exc))
            return
        self.zoom_sign_in_button.setEnabled(False)
        self.zoom_status.setText(self.tr("Waiting for you to sign in to Zoom in your browser…"))

        def done(email: str) -> None:
            self.zoom_sign_in_button.setEnabled(True)
            self._show_zoom_status()
            if email:
                self.zoom_status.setText(
                    self.tr("Signed in to Zoom as {email}.").format(email=email)
                )

        def failed(error: BaseException) -> None:
            self.zoom_sign_in_button.setEnabled(True)
            self._show_zoom_status()
            show_error(
                self.link_error,
                shown(error)
                if isinstance(error, ServiceError)
                else self.tr("Signing in to Zoom failed. The log has the details."),
            )

        self.zoom_task = background_loop().submit(self.ctx.zoom.sign_in(), done, failed)

    def _edited_links(self) -> None:
        self.links_status.setText("")
        show_error(self.link_error, "")

    def _template_changed(self) -> None:
        self.links_status.setText("")
        problems = validate_template(self.template_edit.toPlainText())
        self.template_problems.setText("\n".join(shown(p) for p in problems))
        self.template_problems.setVisible(bool(problems))

    def save_meeting_links(self) -> bool:
        self._edited_links()
        personal = self.personal_radio.isChecked()
        zoom = self.zoom_radio.isChecked()
        link = self.personal_link_edit.text().strip()
        template = self.template_edit.toPlainText()
        if zoom and not self.ctx.zoom.signed_in():
            show_error(self.link_error, self.tr("Sign in to Zoom first."))
            return False
        if personal and not link:
            show_error(self.link_error, self.tr("Enter the link of your personal meeting room."))
            self.personal_link_edit.setFocus()
            return False
        if link and not (link.lower().startswith("https://") and is_safe_web_url(link)):
            show_error(
                self.link_error,
                self.tr(
                    "This is not a safe web link. Use a link that starts with https:// "
                    "and has no spaces, for example https://meet.example.com/your-room."
                ),
            )
            self.personal_link_edit.setFocus()
            return False
        if not template.strip():
            show_error(self.link_error, self.tr("The invitation text cannot be empty."))
            return False
        if len(template) > MAX_TEMPLATE_CHARS:
            show_error(
                self.link_error,
                self.tr("The invitation text is too long (at most {count} characters).").format(
                    count=MAX_TEMPLATE_CHARS
                ),
            )
            return False
        try:
            self.ctx.settings.set(
                "meeting_link_mode",
                MEETING_LINK_ZOOM
                if zoom
                else (MEETING_LINK_PERSONAL if personal else MEETING_LINK_JITSI),
            )
            self.ctx.settings.set("personal_link", link)
            self.ctx.settings.set("invitation_template", template)
        except ServiceError as exc:
            show_error(self.link_error, shown(exc))
            return False
        self._remember_links()
        self.links_status.setText(self.tr("Saved."))
        return True

    # -- section 2b: joining and reminders ------------------------------------------------------

    def _build_joining(self) -> QGroupBox:
        box = QGroupBox(self.tr("Joining and reminders"), self.content)
        box.setObjectName("joiningSection")
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        self.reminder_spin = QSpinBox(box)
        self.reminder_spin.setObjectName("reminderMinutes")
        self.reminder_spin.setRange(0, 1440)
        self.reminder_spin.setSpecialValueText(self.tr("no reminders"))
        self.reminder_spin.setSuffix(self.tr(" min before"))
        self.reminder_spin.setAccessibleName(self.tr("Minutes before a meeting to remind me"))
        reminder_label = QLabel(self.tr("Re&mind me"), box)
        reminder_label.setBuddy(self.reminder_spin)
        row.addWidget(reminder_label)
        row.addWidget(self.reminder_spin)
        row.addStretch(1)
        layout.addLayout(row)
        self.join_in_app_check = QCheckBox(
            self.tr("Join in the service's app (Zoom, Teams) w&hen it has one"), box
        )
        self.join_in_app_check.setObjectName("joinInApp")
        layout.addWidget(self.join_in_app_check)

        category_row = QHBoxLayout()
        self.auto_category_edit = QLineEdit(box)
        self.auto_category_edit.setObjectName("autoLinkCategory")
        self.auto_category_edit.setMaxLength(100)
        self.auto_category_edit.setPlaceholderText(self.tr("e.g. Online meeting"))
        self.auto_category_edit.setAccessibleName(self.tr("Category that asks for a meeting link"))
        category_label = QLabel(
            self.tr("Add a meeting link to events with location “Meetdesk” or the &category"),
            box,
        )
        category_label.setBuddy(self.auto_category_edit)
        category_label.setWordWrap(True)
        category_row.addWidget(category_label, 1)
        category_row.addWidget(self.auto_category_edit)
        layout.addLayout(category_row)
        self.auto_category_edit.editingFinished.connect(
            lambda: self._save_now("auto_link_category", self.auto_category_edit.text().strip())
        )

        patterns_label = QLabel(self.tr("Your own meeting link pattern&s"), box)
        layout.addWidget(patterns_label)
        layout.addWidget(
            _muted(
                self.tr(
                    "One per line: a name, a vertical bar, then a regular expression that "
                    "matches the links, e.g.  Acme Meet | meet\\.acme\\.example/"
                ),
                box,
            )
        )
        self.patterns_edit = QPlainTextEdit(box)
        self.patterns_edit.setObjectName("customLinkPatterns")
        self.patterns_edit.setAccessibleName(self.tr("Your own meeting link patterns"))
        self.patterns_edit.setTabChangesFocus(True)
        self.patterns_edit.setPlaceholderText("Acme Meet | meet\\.acme\\.example/")
        self.patterns_edit.setFixedHeight(
            4 * QFontMetrics(self.patterns_edit.font()).lineSpacing() + 16
        )
        patterns_label.setBuddy(self.patterns_edit)
        layout.addWidget(self.patterns_edit)
        self.patterns_error = error_label(box)
        layout.addWidget(self.patterns_error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.patterns_status = _muted("", box)
        self.patterns_status.setMinimumWidth(
            QFontMetrics(self.patterns_status.font()).horizontalAdvance(self.tr("Saved.")) + 8
        )
        buttons.addWidget(self.patterns_status)
        self.save_patterns_button = QPushButton(self.tr("Save pa&tterns"), box)
        self.save_patterns_button.setObjectName("savePatterns")
        self.save_patterns_button.clicked.connect(self.save_patterns)
        buttons.addWidget(self.save_patterns_button)
        layout.addLayout(buttons)

        self.reminder_spin.valueChanged.connect(
            lambda v: self._save_now("reminder_minutes", int(v))
        )
        self.join_in_app_check.toggled.connect(lambda on: self._save_now("join_in_app", on))
        self.patterns_edit.textChanged.connect(lambda: self.patterns_status.setText(""))
        return box

    def _save_now(self, name: str, value: object) -> None:
        if self._loaded.get(name) == value:
            return
        try:
            self.ctx.settings.set(name, value)
        except ServiceError as exc:
            show_error(self.patterns_error, shown(exc))
            return
        self._loaded[name] = value

    @staticmethod
    def patterns_text(value: object) -> str:
        items = value if isinstance(value, list) else []
        return "\n".join(f"{item[0]} | {item[1]}" for item in items if len(item) == 2)

    def save_patterns(self) -> bool:
        show_error(self.patterns_error, "")
        pairs: list[list[str]] = []
        for number, line in enumerate(self.patterns_edit.toPlainText().splitlines(), start=1):
            if not line.strip():
                continue
            name, bar, regex = line.partition("|")
            if not bar or not name.strip() or not regex.strip():
                show_error(
                    self.patterns_error,
                    self.tr("Line {n}: write a name, a vertical bar |, then the pattern.").format(
                        n=number
                    ),
                )
                return False
            pairs.append([name.strip(), regex.strip()])
        try:
            self.ctx.settings.set("custom_link_patterns", pairs)
        except ServiceError as exc:
            show_error(self.patterns_error, shown(exc))
            return False
        self._loaded["custom_link_patterns"] = self.ctx.settings.get("custom_link_patterns")
        self.patterns_status.setText(self.tr("Saved."))
        return True

    # -- section 3: about you ---------------------------------------------------------------

    def _build_about_you(self) -> QGroupBox:
        box = QGroupBox(self.tr("About you"), self.content)
        box.setObjectName("aboutYouSection")
        layout = QVBoxLayout(box)
        layout.addWidget(
            _muted(
                self.tr(
                    "Shown as the host of the meetings you schedule, and used to tell your "
                    "meetings from other people's."
                ),
                box,
            )
        )
        form = QFormLayout()
        self.name_edit = QLineEdit(box)
        self.name_edit.setObjectName("myName")
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setMaxLength(200)
        self.email_edit = QLineEdit(box)
        self.email_edit.setObjectName("myEmail")
        self.email_edit.setAccessibleName(self.tr("Your e-mail address"))
        self.email_edit.setMaxLength(254)
        self.email_edit.setPlaceholderText("name@example.com")
        form.addRow(self.tr("Yo&ur name"), self.name_edit)
        form.addRow(self.tr("E-m&ail address"), self.email_edit)
        for edit in (self.name_edit, self.email_edit):
            label = form.labelForField(edit)
            if isinstance(label, QLabel):
                label.setBuddy(edit)
            edit.textEdited.connect(lambda _: self._edited_about())
        layout.addLayout(form)
        self.about_error = error_label(box)
        layout.addWidget(self.about_error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.about_status = _muted("", box)
        self.about_status.setObjectName("aboutYouStatus")
        row.addWidget(self.about_status)
        self.save_about_button = QPushButton(self.tr("Save a&bout you"), box)
        self.save_about_button.setObjectName("saveAboutYou")
        self.save_about_button.setAccessibleName(self.tr("Save your name and e-mail address"))
        self.save_about_button.clicked.connect(self.save_about_you)
        row.addWidget(self.save_about_button)
        layout.addLayout(row)
        return box

    def _edited_about(self) -> None:
        self.about_status.setText("")
        show_error(self.about_error, "")

    def save_about_you(self) -> bool:
        self._edited_about()
        name = " ".join(self.name_edit.text().split())
        email = self.email_edit.text().strip()
        if email and not is_valid_email(email):
            show_error(
                self.about_error,
                self.tr("'{email}' is not an e-mail address.").format(email=email),
            )
            self.email_edit.setFocus()
            return False
        try:
            self.ctx.settings.set("my_name", name)
            self.ctx.settings.set("my_email", email)
        except ServiceError as exc:
            show_error(self.about_error, shown(exc))
            return False
        self.name_edit.setText(name)
        self._loaded["my_name"] = name
        self._loaded["my_email"] = email
        self.about_status.setText(self.tr("Saved."))
        return True

    # -- section 4: policy ------------------------------------------------------------------

    def _build_policy(self) -> QGroupBox:
        box = QGroupBox(self.tr("Managed by your organisation"), self.content)
        box.setObjectName("policySection")
        layout = QVBoxLayout(box)
        self.policy_summary = plain_label("", box, wrap=True)
        self.policy_summary.setObjectName("policySummary")
        layout.addWidget(self.policy_summary)
        self.policy_problems_title = _heading(self.tr("Problems in the policy file"), box)
        layout.addWidget(self.policy_problems_title)
        self.policy_problems = plain_label("", box, wrap=True)
        self.policy_problems.setObjectName("policyProblems")
        self.policy_problems.setStyleSheet("color: #8a5300;")
        self.policy_problems.setAccessibleName(self.tr("Problems in the policy file"))
        layout.addWidget(self.policy_problems)
        self.policy_model = PolicyModel(self)
        self.policy_view = FitTableView(box)
        self.policy_view.setObjectName("policyView")
        self.policy_view.setAccessibleName(self.tr("Settings managed by your organisation"))
        self.policy_view.setModel(self.policy_model)
        self.policy_view.setIconSize(QSize(16, 16))
        header = self.policy_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.policy_view)
        return box

    def _refresh_policy(self) -> None:
        effective = self.ctx.settings.effective()
        policy = effective.policy
        if policy.path is not None and policy.found:
            summary = self.tr("Your administrator's policy is read from {path}.").format(
                path=policy.path
            )
        elif policy.path is not None:
            summary = self.tr(
                "No policy is set on this computer ({path}); these settings are yours or "
                "the defaults."
            ).format(path=policy.path)
        else:
            summary = self.tr("These settings are yours or the defaults.")
        self.policy_summary.setText(summary)
        problems = effective.problems
        self.policy_problems.setText("\n".join(f"• {shown(p)}" for p in problems))
        self.policy_problems.setVisible(bool(problems))
        self.policy_problems_title.setVisible(bool(problems))
        self.policy_model.set_settings(effective.resolved())
        self.policy_view.fit()

    # -- loading ---------------------------------------------------------------------------------

    def _chosen_link_mode(self) -> str:
        if self.zoom_radio.isChecked():
            return MEETING_LINK_ZOOM
        return MEETING_LINK_PERSONAL if self.personal_radio.isChecked() else MEETING_LINK_JITSI

    def _remember_links(self) -> None:
        self._loaded["meeting_link_mode"] = self._chosen_link_mode()
        self._loaded["personal_link"] = self.personal_link_edit.text().strip()
        self._loaded["invitation_template"] = self.template_edit.toPlainText()

    def _load_field(self, name: str, current: object, apply: Callable[[object], None]) -> None:
        """Show the stored value unless the person has changed the field since it was loaded."""
        stored = self.ctx.settings.get(name)
        if name in self._loaded and current != self._loaded[name]:
            return
        # Remembered before the widget changes: its change signal must not save the value back
        # (that wrote the setting and re-read every meeting at each start). As shown: a
        # built-in text (desktop.i18n.Text) appears in the interface's language.
        self._loaded[name] = shown(stored) if isinstance(stored, str) else stored
        apply(stored)

    def refresh_settings(self) -> None:
        self._load_field(
            "meeting_link_mode",
            self._chosen_link_mode(),
            lambda v: (
                self.zoom_radio
                if v == MEETING_LINK_ZOOM
                else (self.personal_radio if v == MEETING_LINK_PERSONAL else self.jitsi_radio)
            ).setChecked(True),
        )
        self._load_field(
            "zoom_client_id",
            self.zoom_client_edit.text().strip(),
            lambda v: self.zoom_client_edit.setText(str(v or "")),
        )
        self._link_mode_changed(self.personal_radio.isChecked())
        self._load_field(
            "personal_link",
            self.personal_link_edit.text().strip(),
            lambda v: self.personal_link_edit.setText(str(v or "")),
        )
        self._load_field(
            "invitation_template",
            self.template_edit.toPlainText(),
            lambda v: self.template_edit.setPlainText(shown(v or "")),
        )
        self._load_field(
            "my_name", self.name_edit.text(), lambda v: self.name_edit.setText(str(v or ""))
        )
        self._load_field(
            "my_email",
            self.email_edit.text().strip(),
            lambda v: self.email_edit.setText(str(v or "")),
        )
        self._load_field(
            "reminder_minutes",
            self.reminder_spin.value(),
            lambda v: self.reminder_spin.setValue(int(v) if isinstance(v, int) else 1),
        )
        self._load_field(
            "join_in_app",
            self.join_in_app_check.isChecked(),
            lambda v: self.join_in_app_check.setChecked(bool(v)),
        )
        self._load_field(
            "auto_link_category",
            self.auto_category_edit.text().strip(),
            lambda v: self.auto_category_edit.setText(str(v or "")),
        )
        if "custom_link_patterns" not in self._loaded:
            stored = self.ctx.settings.get("custom_link_patterns")
            self.patterns_edit.setPlainText(self.patterns_text(stored))
            self._loaded["custom_link_patterns"] = stored
        self._refresh_preferences()
        self._refresh_policy()
        # Allowed permissions may have changed what the account rows warn about.
        self.refresh_accounts()
