"""A short lower-case name (a command: 'ss', 'toe') whose description's words
open with its letters is not asked by that description, either way round:
'socket statistics' spells 'ss', 'table of terminfo entries' spells 'toe'."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.short_name_initials import initials_spell_name

COMMANDS = """## Obscure but useful
- `toe`: table of terminfo entries
- `ss`: socket statistics
- `env`: run a command in a modified environment
- `cal`: print a nice calendar
- `yes`: print a string over and over
- `fold`: wrap long lines of text
- `seq`: print a sequence of numbers
- `tac`: print files in reverse
"""


def test_initials_of_side_by_side_words_spell_a_short_name() -> None:
    assert initials_spell_name("ss", "socket statistics")
    assert initials_spell_name("toe", "table of terminfo entries")
    assert initials_spell_name("`nl`", "number of lines")  # past a function word
    assert not initials_spell_name("ss", "wrap lines of text")
    assert not initials_spell_name("cal", "print a nice calendar")
    # A long word is no set of initials; nor is a name with signs or figures.
    assert not initials_spell_name("sockets", "sockets of coffee key electric tables singly")
    assert not initials_spell_name("s3", "simple storage")


def test_a_command_spelled_by_its_description_is_not_asked_by_it() -> None:
    bank = build_bank(parse_markdown(COMMANDS, "commands.md"))
    asked = [q for q in bank if q.kind == "match"]
    assert asked, "the other commands are still asked"
    for q in asked:
        right = q.choices[q.answer]
        for name, line in (("ss", "socket statistics"), ("toe", "table of terminfo entries")):
            assert not (f"'{name}'" in q.prompt and right == line), q.prompt
            assert not (right == name and line in q.prompt), q.prompt
