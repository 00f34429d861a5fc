"""Sync decisions waiting for the person: conflicts, and deletions the server asks for.

The engine never drops a side of a conflict nor deletes many items on its own; this box is
where the person decides. It hides itself when there is nothing to decide.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QPushButton, QWidget

from desktop.services.context import AppContext
from desktop.sync.engine import Keep
from desktop.ui.bridge import ServiceBridge
from desktop.ui.text import plain_label, shown


class SyncDecisionsBox(QGroupBox):
    def __init__(self, ctx: AppContext, bridge: ServiceBridge, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Needs your decision"))
        self.setObjectName("syncDecisions")
        self.setAccessibleName(self.tr("Sync decisions"))
        self._grid = QGridLayout(self)
        self._rows: list[QWidget] = []
        self.buttons: dict[str, QPushButton] = {}
        for signal in (bridge.eventsChanged, bridge.contactsChanged, bridge.accountsChanged):
            signal.connect(self.refresh)
        self.refresh()

    def _clear(self) -> None:
        for widget in self._rows:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self._rows = []
        self.buttons = {}

    def _add_row(self, row: int, text: str, actions: list[tuple[str, str, object]]) -> None:
        label = plain_label(text, self, wrap=True)
        self._grid.addWidget(label, row, 0)
        holder = QWidget(self)
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        for key, caption, slot in actions:
            button = QPushButton(caption, holder)
            button.setAccessibleName(f"{caption}: {text}")
            button.clicked.connect(slot)
            line.addWidget(button)
            self.buttons[key] = button
        self._grid.addWidget(holder, row, 1)
        self._rows += [label, holder]

    def refresh(self) -> None:
        self._clear()
        engine = self.ctx.sync.engine
        row = 0
        for conflict in engine.conflicts():
            text = self.tr(
                "“{mine}” was changed here and on the server (there: “{theirs}”)."
            ).format(mine=conflict.title, theirs=conflict.server_title)
            self._add_row(
                row,
                text,
                [
                    (
                        f"mine:{conflict.local_id}",
                        self.tr("Keep mine"),
                        lambda _=False, c=conflict.local_id: self._resolve(c, "mine"),
                    ),
                    (
                        f"theirs:{conflict.local_id}",
                        self.tr("Keep the server's"),
                        lambda _=False, c=conflict.local_id: self._resolve(c, "theirs"),
                    ),
                ],
            )
            row += 1
        for pending in engine.pending_mass_deletes():
            if pending.confirmed:
                continue
            key = f"delete:{pending.account_id}:{pending.collection_id}"
            self._add_row(
                row,
                shown(pending.reason),
                [
                    (
                        key,
                        self.tr("Delete them here too"),
                        lambda _=False, a=pending.account_id, c=pending.collection_id: (
                            self._confirm_delete(a, c)
                        ),
                    ),
                ],
            )
            row += 1
        self.setVisible(row > 0)

    def _resolve(self, local_id: str, keep: Keep) -> None:
        self.ctx.sync.engine.resolve_conflict(local_id, keep)
        self.ctx.notifier.emit_all()

    def _confirm_delete(self, account_id: str, collection_id: str) -> None:
        self.ctx.sync.engine.confirm_mass_delete(account_id, collection_id)
        self.refresh()
