"""Notes copied by text recognition read a capital I as an l ('lAM', 'CLl'). A
garbled name is set right where the file writes it right somewhere, or the
term lists know it; then the checks read it as the name it is. One nothing
mends is never shown."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.mending import mended
from bot.quiz.question import Question
from bot.quiz.spelling import garbled
from bot.quiz.text import NoGlossary


def _texts(bank: tuple[Question, ...]) -> list[str]:
    return [text for q in bank for text in (q.prompt, *q.choices)]


SUMMARY = """## lAM summary
- People: one per person, with a console password
- Teams: hold people only, never other teams
- Rules: a JSON page listing what people or teams may do
- Tool CLl: run the cloud's services by typing commands in a command line
- Kit SDK: run the cloud's services from your own program code
- Keys: reach the cloud from the CLl or the SDK
- Ledger XQl: every change ever made to the account

## Extra
- IAM rules are checked before each request
"""


def test_a_garbled_name_is_set_right_when_the_file_or_term_list_knows_it() -> None:
    deck = mended(parse_markdown(SUMMARY, "notes.md"), NoGlossary())
    titles = [s.title for s in deck.sections]
    assert titles[0] == "IAM summary"  # the file writes IAM elsewhere
    lines = [f.text for t in deck.topics() for f in t.all_facts()]
    assert "Tool CLI: run the cloud's services by typing commands in a command line" in lines
    assert "Ledger XQl: every change ever made to the account" in lines  # nothing knows XQI


def test_no_question_shows_a_garbled_name() -> None:
    bank = build_bank(parse_markdown(SUMMARY, "notes.md"))
    assert bank
    for text in _texts(bank):
        assert not garbled(text), text
    # The mended name is read as one: 'command line' spells out CLI, so the
    # line about typing commands never asks for it.
    assert not any(q.correct_choice in ("CLI", "Tool CLI") for q in bank)


def test_words_of_capitals_with_an_l_are_garbled_only_so() -> None:
    assert garbled("the lAM console") and garbled("from the CLl")
    assert not garbled("All of IAM") and not garbled("ls -l") and not garbled("HTML")
