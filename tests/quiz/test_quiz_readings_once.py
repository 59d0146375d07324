"""Costly readings a bank build asks of the same text many times are made
once (bench/bench_quiz.py: the first build in a process pays each of them):
which sentences of a line liken (read against every sibling's name), what a
Hangul word says alone (read after each word it follows), and whether a line
is a label (read only of the lines placed as plain titles). The answers stay
those of the readings made each time; these tests check the reading is not
repeated. Every text here is written for the test."""

from __future__ import annotations

from bot.notes.model import Fact, SourceRef
from bot.quiz import gloss, likeness
from bot.quiz.material import is_concept_name
from bot.quiz.sub_titles import under_titles


def test_a_line_is_split_into_its_likening_sentences_once() -> None:
    line = "Queue workers poll for jobs. The scheduler is structured similarly to a cron table."
    likeness._wholesale_sentences.cache_clear()
    assert likeness.likened_to(line, "cron table")
    assert not likeness.likened_to(line, "Queue workers")
    assert not likeness.likened_to(line, "message broker")
    assert likeness._wholesale_sentences.cache_info().misses == 1


def test_a_hangul_word_is_read_alone_once_whatever_precedes_it() -> None:
    gloss._word_initials.cache_clear()
    gloss._hangul_initials.cache_clear()
    alone = gloss._hangul_initials("스케줄러", "", None)
    for before in ("작업", "배치", "예약된"):
        after = gloss._hangul_initials("스케줄러", before, None)
        # (What the word says alone is part of what it says after any word.)
        assert alone[0][0] <= after[0][0]
    assert gloss._word_initials.cache_info().misses == 1


def _line(text: str, line: int, kind: str = "text", children: tuple[Fact, ...] = ()) -> Fact:
    return Fact(text=text, source=SourceRef(file="notes.md", line=line), kind=kind,
                children=children)


def test_only_lines_placed_as_titles_are_asked_whether_they_are_labels() -> None:
    facts = [_line("A scheduler runs jobs at set times and retries the ones that fail.", 1),
             _line("Reasons to keep one", 2, kind="bullet"),
             _line("Cron table", 3), _line("one line per job, with its times", 4),
             _line("Retry queue", 5), _line("the jobs that failed, tried again later", 6)]
    asked: list[str] = []

    def labels(text: str) -> bool:
        asked.append(text)
        return False

    under = under_titles(facts, ["Scheduler"], is_concept_name, labels)
    assert {id(f) for f in facts[2:]} == under
    # (Not the sentence, nor the bullet with no lines under it.)
    assert asked == ["Cron table", "Retry queue"]
