"""Build hook: the seed deck (content/) and the migrations (migrations/) ship
inside the package, so an installed `studybot` runs from any folder.

The folders stay at the top of the repository (one copy, edited there); a
wheel gets them as bot/_bundled/content and bot/_bundled/migrations.
`bot.bundled` finds them in either place.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

BUNDLED = ("content", "migrations")


class BuildWithBundledData(build_py):
    def run(self) -> None:
        super().run()
        here = Path(__file__).resolve().parent
        for name in BUNDLED:
            target = Path(self.build_lib) / "bot" / "_bundled" / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(here / name, target, ignore=shutil.ignore_patterns("__pycache__"))


setup(cmdclass={"build_py": BuildWithBundledData})
