"""A fan-out shows one question to many groups: its text is worked out once per
question object and language, and each group's reply is what rendering it
alone gives (its own post, counts, date)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest
from question_doubles import FakeQuestion

import bot.core.render as render
from bot.core.records import DailyPost
from bot.core.types import AnswerKind

WHEN = datetime(2026, 3, 1, 12, tzinfo=UTC)


def _question(**changes: object) -> FakeQuestion:
    q = FakeQuestion(
        id="q1", section="EC2", topic="구매 옵션", prompt="EC2 > 구매 옵션\n최대 90% 할인은?",
        choices=("스팟", "예약", "온디맨드"), answer=0, explanation="스팟은 중단될 수 있음",
    )
    return replace(q, **changes)


def _post(n: int, on: date = date(2026, 3, 1)) -> DailyPost:
    return DailyPost(id=n, group_id=n, local_date=on, question_id="q1", posted_at=WHEN,
                     closes_at=WHEN, message_ref=f"m{n}")  # fmt: skip


def test_many_groups_share_one_rendering_of_the_question(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    crumbs: list[str] = []
    real = render.short_crumb

    def counting(breadcrumb: str) -> str:
        crumbs.append(breadcrumb)
        return real(breadcrumb)

    monkeypatch.setattr(render, "short_crumb", counting)
    q = _question(id="shared-once")
    for n in range(50):
        post = render.question_reply(q, lang="ko", kind=AnswerKind.DAILY, ref=str(n), title="T")
        shown = render.reveal(q, lang="ko", post=_post(n), counts={})
        assert post.question is not None and post.question.answer_ref == str(n)
        assert shown.message_ref == f"m{n}"
    assert len(crumbs) <= 2  # (one stem, one view), not two per group


@pytest.mark.parametrize("counts", [{}, {0: 0, 1: 0}, {0: 2}, {1: 1, 2: 3}, {0: 1, 1: 1, 2: 1}])
def test_each_group_reveal_shows_its_own_counts(counts: dict[int, int]) -> None:
    q = _question()
    text = render.reveal(q, lang="ko", post=_post(1), counts=counts).text
    lines = text.splitlines()
    for i, choice in enumerate(q.choices):
        assert f"{i + 1}. {choice} — {counts.get(i, 0)}" in lines[i + 3]
    assert ("아무도 답하지 않았어요." in text) == (sum(counts.values()) == 0)
    assert lines[3].startswith("✅ ") and lines.count("정답: **1. 스팟**") == 1
    again = render.reveal(q, lang="en", post=_post(2), counts=counts).text
    assert "Answer" in again or "answer" in again
    assert again != text  # the language is part of what is remembered


def test_titles_name_each_post_own_day() -> None:
    q = _question()
    first = render.reveal(q, lang="ko", post=_post(1, date(2026, 3, 1)), counts={})
    second = render.reveal(q, lang="ko", post=_post(2, date(2026, 3, 2)), counts={})
    assert "2026-03-01" in first.title and "2026-03-02" in second.title
    assert render.daily_title("en", date(2026, 3, 2)) == "Question of the day (2026-03-02)"


def test_a_changed_question_with_the_same_id_shows_its_new_text() -> None:
    # A reloaded deck builds new question objects: nothing of the old text stays.
    old = _question(id="reloaded")
    render.reveal(old, lang="ko", post=_post(1), counts={})
    new = _question(id="reloaded", choices=("스팟 인스턴스", "예약", "온디맨드"))
    reply = render.question_reply(new, lang="ko", kind=AnswerKind.DAILY, ref="1", title="T")
    assert "1. 스팟 인스턴스" in reply.text
    assert reply.question is not None and reply.question.choices[0] == "스팟 인스턴스"
    assert "1. 스팟 인스턴스 — 0" in render.reveal(new, lang="ko", post=_post(1), counts={}).text
