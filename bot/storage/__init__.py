"""SQLite storage: the core's Repository on aiosqlite, and the migration runner."""

from bot.storage.db import Database, StorageError
from bot.storage.store import SqliteStore

__all__ = ["Database", "SqliteStore", "StorageError"]
