"""Where the data that ships with the package lives: the seed deck and the
migrations.

An installed wheel carries them as bot/_bundled/{content,migrations} (setup.py
copies them there at build time); a source checkout (editable install, tests)
reads the repository's own top-level folders. Never the working directory:
`studybot run` must behave the same from any folder.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled_dir(name: str) -> Path:
    """`content` or `migrations`, from the wheel or else the source checkout."""
    inside = _PACKAGE / "_bundled" / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / name


def seed_deck_dir() -> Path:
    return bundled_dir("content")


def migrations_dir() -> Path:
    return bundled_dir("migrations")
