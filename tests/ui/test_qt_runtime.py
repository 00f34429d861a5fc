"""Guards against Qt binding bugs that would crash the long-running app."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal()
    named = Signal(str)


def test_emitting_signals_does_not_leak_or_drop_references(qapp: object) -> None:
    # PySide6 6.12.0 lowered True's reference count on each emit; Python 3.11 then aborts
    # (bool_dealloc) after a few thousand changes. The app emits on every store change.
    emitter = _Emitter()
    received: list[str] = []
    emitter.changed.connect(lambda: received.append(""))
    emitter.named.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.changed.emit()
        emitter.named.emit("x")
    assert len(received) == 400
    assert abs(sys.getrefcount(True) - before) < 50
