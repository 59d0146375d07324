"""A second build of the same notes reads back the giveaway readings the first
one remembered: the deck's readers (its loanwords, its spelled-out acronyms)
made again by the second build are equal to the first's, so the caches keyed
by them hit instead of reading every stem again."""

from __future__ import annotations

from bot.notes.glossary import Glossary, parse_glossary
from bot.notes.loader import parse_markdown
from bot.quiz import bank, gloss
from bot.quiz.text import NoGlossary
from bot.quiz.translit import Loanwords

NOTES = """# 메시징

## Simple Queue Service (SQS)
- 메시지를 대기열에 넣어 두었다가 소비자가 가져가는 관리형 서비스
- 프레젠터와 모델 사이에서 요청을 나눠 처리

## Simple Notification Service (SNS)
- 메시지를 여러 구독자에게 한 번에 밀어 보내는 서비스
- 이메일과 문자로도 알림을 보냄

## Kinesis Data Streams
- 실시간으로 들어오는 데이터를 샤드에 나눠 담는 서비스
- 여러 소비자가 같은 레코드를 순서대로 읽음
"""


def _glossary() -> Glossary:
    return parse_glossary("Simple Queue Service: [SQS, 단순 대기열 서비스]\n", "glossary.yaml")


def test_loanwords_of_the_same_words_are_equal() -> None:
    first = Loanwords(frozenset({"presenter", "model"}))
    again = Loanwords(frozenset({"model", "presenter"}))
    assert first == again
    assert hash(first) == hash(again)
    assert first != Loanwords(frozenset({"model"}))


def test_acronym_readers_of_the_same_notes_and_glossary_are_equal() -> None:
    deck = parse_markdown(NOTES, "notes.md")
    glossary = _glossary()
    first = bank._acronym_reader(deck, glossary)
    again = bank._acronym_reader(parse_markdown(NOTES, "notes.md"), glossary)
    assert first == again
    assert hash(first) == hash(again)
    assert first("SQS") == again("SQS")
    assert "Simple Queue Service" in first("SQS")
    # (Another glossary may alias the same acronym otherwise: no longer equal.)
    assert first != bank._acronym_reader(deck, NoGlossary())
    assert first != bank._acronym_reader(parse_markdown("# 빈 노트\n", "notes.md"), glossary)


def test_a_second_build_of_the_same_notes_reads_no_stem_again() -> None:
    glossary = _glossary()
    bank.build_bank(parse_markdown(NOTES, "notes.md"), glossary)
    before = gloss._shown_senses_by.cache_info()
    bank.build_bank(parse_markdown(NOTES, "notes.md"), glossary)
    after = gloss._shown_senses_by.cache_info()
    assert after.hits > before.hits  # (the check is read at all)
    assert after.misses == before.misses
