"""One task's ways per case ('Using Debian/Ubuntu - run apt-get', 'Using
Windows - download the installer') are no terms to match: the cases are no
names, and each way is no exclusive fact of its case (the downloaded
installer works on Debian too). Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.bare_names import way_per_case

NOTES = """# Cloud CLI

## Installing the CLI

- Using Debian/Ubuntu - run 'apt-get install cloud-cli'
- Using Red Hat/CentOS - run 'yum install cloud-cli'
- Using Windows - download the installer from the vendor's site
- Using macOS - run the install script from the archive
"""


def test_a_key_on_what_is_used_over_an_instruction_is_a_case() -> None:
    assert way_per_case("Using Debian/Ubuntu", "run 'apt-get'")
    assert way_per_case("Using Windows", "download the installer from the site")
    # (An EXPLAIN value described is a name; other keys are no case.)
    assert not way_per_case("Using filesort", "the query sorts in a file, which is slow")
    assert not way_per_case("User pools", "run a sign-in page for your app")


def test_ways_per_platform_are_not_matched() -> None:
    shown = "\n".join(q.prompt + "\n" + "\n".join(q.choices)
                      for q in build_bank(parse_markdown(NOTES, "notes.md")))
    assert "Using Debian/Ubuntu" not in shown
    assert "Using Windows" not in shown
