"""Wrong values a reader believes: of the answer's size and kind. A width in
bits is offered among powers of two ('128비트' beside '64비트', '256비트', never
'12비트'); a choice that stands apart by its size ('918년' among '5년', '7년',
'10년') is no question; a share of a whole never goes above 100% unless the
line speaks of growth. Notes written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.cloze import believable
from bot.quiz.question import Question


def _clozes(notes: str) -> dict[str, Question]:
    return {q.prompt.split("\n- ")[-1]: q for q in build_bank(parse_markdown(notes, "n.md"))
            if q.kind == "cloze"}


NOTES = """# 네트워크
## 주소 체계
- IPv6 주소는 128비트 길이로 표기된다
- 이더넷 MAC 주소는 48비트로 이루어진다
## 연표
- 고려는 918년에 세워졌다
- 조선은 5년마다 호적을 새로 만들었다
## 요금
- 예약 용량을 쓰면 정가의 최대 75%까지 요금 절감
## Storage
- Cold blobs must stay at least 90 days before deletion without a fee
"""


def test_bits_are_offered_as_widths() -> None:
    clozes = _clozes(NOTES)
    q = clozes["IPv6 주소는 ___ 길이로 표기된다"]
    assert set(q.choices) - {"128비트"} <= {"16비트", "32비트", "64비트", "256비트", "512비트",
                                           "48비트"}, q.choices


def test_an_answer_apart_by_size_or_a_share_over_the_whole_is_not_asked() -> None:
    clozes = _clozes(NOTES)
    assert not any("918" in c for q in clozes.values() for c in q.choices), clozes
    assert not any(c in ("200%", "300%") for q in clozes.values() for c in q.choices), clozes
    # Figures among believable neighbours stay asked.
    assert "조선은 ___마다 호적을 새로 만들었다" in clozes, clozes
    assert "Cold blobs must stay at least ___ before deletion without a fee" in clozes, clozes


@pytest.mark.parametrize(("answer", "wrong", "kept"), [
    (128, [12, 16], None),
    (660, [5, 7, 10], None),
    (1, [10, 20, 25], None),
    (100, [10, 1000], [10, 1000]),  # an even ladder: none apart
    (1, [2.5, 5, 10], [2.5, 5, 10]),
    (5, [3, 7, 100], [3, 7]),  # a wrong value apart is left out
    (30, [60, 45, 35], [60, 45, 35]),
])
def test_believable(answer: float, wrong: list[float], kept: list[float] | None) -> None:
    assert believable(answer, wrong) == kept
