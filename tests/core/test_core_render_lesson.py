"""After an answer and in the reveal, members see what the notes say about every
choice, the right answer once, and no file:line (that is for the maintainer)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from question_doubles import FakeQuestion

from bot.core.records import DailyPost
from bot.core.render import feedback, reveal
from bot.notes.model import SourceRef
from bot.quiz.build import make

WHEN = datetime(2026, 3, 1, 12, tzinfo=UTC)


def _question() -> FakeQuestion:
    built = make(
        "name", sources=["s"], section="EC2", topic="구매 옵션", concept="spot", context="EC2",
        body="다음 설명에 해당하는 것은?\n- 최대 90% 할인", correct="스팟 인스턴스",
        wrong=["예약 인스턴스", "온디맨드"],
        explanation=[("스팟 인스턴스", "중단될 수 있음"), ("예약 인스턴스", "1년 또는 3년 약정"),
                     ("온디맨드", "초 단위 과금")],
        source=SourceRef(file="deck.md", line=42))
    assert built is not None
    return FakeQuestion(id=built.id, section="EC2", topic="구매 옵션", prompt=built.prompt,
                        choices=built.choices, answer=built.answer,
                        explanation=built.explanation, source=built.source)


def _text(reply: object) -> str:
    fields = getattr(reply, "fields", ())
    return getattr(reply, "text", "") + "\n" + "\n".join(f"{f.name}: {f.value}" for f in fields)


def test_a_wrong_answer_shows_every_choice_with_its_fact_and_no_file_line() -> None:
    q = _question()
    wrong = next(i for i in range(3) if i != q.answer)
    shown = _text(feedback(q, lang="ko", choice=wrong, correct=False))
    assert "예약 인스턴스 — 1년 또는 3년 약정" in shown and "온디맨드 — 초 단위 과금" in shown
    assert "deck.md:42" not in shown
    assert shown.count("정답") == 1


def test_the_reveal_says_the_answer_once_and_teaches_the_wrong_ones() -> None:
    q = _question()
    post = DailyPost(id=1, group_id=1, local_date=date(2026, 3, 1), question_id=q.id,
                     posted_at=WHEN, closes_at=WHEN)
    shown = _text(reveal(q, lang="ko", post=post, counts={q.answer: 2}))
    assert "예약 인스턴스 — 1년 또는 3년 약정" in shown
    assert "deck.md" not in shown
    assert shown.count("정답:") == 1  # "2명 중 2명 정답" is the tally
