"""material.is_remark looks for one of REMARK_WORDS before its searches: the
words must hold every match, or a remark would be read as a fact."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.quiz.adverts import advertises
from bot.quiz.hedges import hedged
from bot.quiz.material import (
    _COURSE_REMARK,
    _REMARK,
    _STUDY_REMINDER,
    _WEIGHT_REMARK,
    is_remark,
)

CONTENT = Path(__file__).resolve().parents[2] / "content"

# One line for each branch of the patterns (and adverts._PROMO), in the case
# and spelling a reader may meet.
REMARKS = [
    "시험 X", "출제 빈도 높음", "EXAM tip", "Pop Quiz", "중요!", "(중요) 꼭 볼 것", "중요 개념",
    "This is IMPORTANT", "★ 핵심", "☆", "※ 참고", "TODO: 정리", "tbd",
    "플로우 컨트롤에서 배웁니다", "배울 것", "배워 봅시다", "배워보자", "알아 보자", "알아봅시다",
    "살펴보자", "살펴 봅시다", "다음 시간에", "다음 장 참고", "뒤에서 다룸", "할 예정", "설명 가능",
    "설명할 수 있어야", "82p부터 보자", "We'll learn this", "we will cover it",
    "later in the course", "Next Lecture", "covered later",
    "대답할 수 있어야 함", "알아두기", "알아 둘 것", "You should be able to explain it",
    "Be able to describe X", "make sure you know", "説明できるように", "要能说明", "需要掌握",
    "비중 있게 다뤄짐", "중요하게 다룸", "자세히 다룬다", "심도 있게 다룸", "빈출", "자주 출제",
    "단골 문제", "꼭 알아두기", "반드시 외워", "암기 필수", "이 부분은 정말 중요합니다",
    "이해하는 것이 중요", "この部分は重要", "理解することが重要", "这部分很重要", "掌握它非常重要",
    "Heavily tested", "is often asked", "comes up a lot", "must-know", "試験によく出る",
    "よく出題", "出題される", "頻出問題", "重要ポイント", "要暗記", "暗記必須", "这是考点", "常考",
    "是重点", "重点内容",
    "詳しくは拙著を", "筆者の書籍", "書籍で学べる", "書籍「X」", "ぜひご覧ください", "ご購入",
    "購読", "チャンネル登録", "제 책을 참고", "저의 강의", "필자의 유튜브", "구독 부탁",
    "자세한 내용은 블로그를 참고하세요", "我的课程", "欢迎关注", "关注公众号", "详见拙作",
    "Check out my course", "my new book", "subscribe to the channel", "buy the book",
    "in my course",
    # re.IGNORECASE reads these letters as i, s and k: so must the words.
    "\u0130MPORTANT", "ımportant", "\u017fubscribe to", "\u212aeep: check out my blog",
]


def _searched(text: str) -> bool:
    return bool(hedged(text) or _REMARK.search(text) or _COURSE_REMARK.search(text)
                or _STUDY_REMINDER.search(text) or _WEIGHT_REMARK.search(text)) \
        or advertises(text)


@pytest.mark.parametrize("text", REMARKS)
def test_every_branch_is_still_read(text: str) -> None:
    assert is_remark(text) == _searched(text)


def test_the_examples_are_remarks() -> None:
    assert [t for t in REMARKS if not is_remark(t)] == []


def test_the_seed_notes_read_the_same() -> None:
    for path in sorted(CONTENT.glob("*.md")):
        for line in path.read_text(encoding="utf-8").splitlines():
            assert is_remark(line) == _searched(line), line
