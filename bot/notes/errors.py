"""The one error the notes package raises: notes that cannot be read at all."""

from __future__ import annotations


class NotesError(Exception):
    """A notes file that cannot be used: missing, empty, or not UTF-8.

    `str()` is one line naming the file (and line, where it applies), fit to show
    a user as is.
    """

    def __init__(self, message: str, *, file: str, line: int | None = None) -> None:
        self.file = file
        self.line = line
        self.message = message
        where = f"{file}:{line}" if line is not None else file
        super().__init__(f"{where}: {message}")
