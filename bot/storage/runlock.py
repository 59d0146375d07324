"""One `studybot run` per database file.

Two processes ticking one SQLite file would each cache what they wrote and
miss the other's changes (a schedule changed in one was ignored by the other).
So `studybot run` holds an exclusive lock on `<database>.lock` for as long as
it runs, with its pid written inside; a second one is refused at start with
one line naming the file and that pid. The lock is an OS file lock (flock):
the kernel drops it when the process ends, even on kill -9, so a crash never
leaves a stale lock behind. (PostgreSQL, several processes by design, takes
no such lock.)
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from bot.storage.db import StorageError


class RunLock:
    def __init__(self, path: Path, handle: int) -> None:
        self.path = path
        self._fd: int | None = handle

    @classmethod
    def acquire(cls, database: Path | str) -> RunLock | None:
        """Take the database's run lock (None for an in-memory database).
        Raises StorageError with one line when another process holds it."""
        if str(database) == ":memory:":
            return None
        db = Path(database)
        path = db.with_name(db.name + ".lock")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StorageError(
                f"cannot create lock file {path} for database {db}: {exc.strerror}"
                " (check the folder's permissions)"
            ) from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = _read_pid(fd)
            os.close(fd)
            who = f"process {holder}" if holder else "another process"
            raise StorageError(
                f"database {db} is in use by another studybot run ({who} holds {path})"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        return cls(path, fd)

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None


def _read_pid(fd: int) -> str:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return text if text.isdigit() else ""
