"""Two-way sync of calendars and contacts between the store and each account's service."""

from desktop.sync.engine import (
    ConflictRule,
    PendingMassDelete,
    SyncConflict,
    SyncEngine,
    SyncProvider,
    SyncReport,
    stable_collection_id,
)
from desktop.sync.scheduler import SyncScheduler

__all__ = [
    "ConflictRule",
    "PendingMassDelete",
    "SyncConflict",
    "SyncEngine",
    "SyncProvider",
    "SyncReport",
    "SyncScheduler",
    "stable_collection_id",
]
