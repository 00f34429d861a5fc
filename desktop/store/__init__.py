"""SQLite cache, schema migrations, outbox and sync state."""

from desktop.store.database import OutboxEntry, Store, StoreError

__all__ = ["OutboxEntry", "Store", "StoreError"]
