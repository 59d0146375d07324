"""Lines that describe nothing without the line above them, and adverts.

A bare list written right after a line that asks or heads it ('언제
사용?' over '슬라이딩 윈도우 최댓값, 회문 검사, …') says what it is only
through that line: shown alone as a clue it could be uses, drawbacks or
examples. And a line selling the author's book ('자세한 내용은 제 책 3장을
참고하세요', '詳しくは拙著をぜひご覧ください', 'check out my course') is no
fact, nor is what the part it stands in lists."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.adverts import advertises
from bot.quiz.bank import build_bank

NOTES = """# 자료구조

## 덱(Deque)

양쪽 끝에서 넣고 뺄 수 있는 선형 구조

언제 사용?

슬라이딩 윈도우 최댓값, 회문 검사, 작업 훔치기 스케줄러

앞뒤 어느 쪽에서든 원소를 O(1)에 넣고 뺄 수 있다

## 힙(Heap)

부모 노드가 자식 노드보다 항상 크거나 같은 완전 이진 트리

언제 사용?

우선순위 큐, 다익스트라 최단 경로, 상위 K개 원소 선택

삽입과 삭제가 모두 O(log n)에 끝난다

## 트라이(Trie)

문자열의 글자를 한 단계씩 따라 내려가는 트리

사용 예:
- 자동 완성
- 사전 검색
- 접두사 개수 세기

검색 시간이 저장된 단어 수가 아닌 글자 수에 비례한다

## 책 안내

더 깊은 내용은 제 책에서 다룹니다. 자세한 내용은 제 책 3장을 참고하세요.

- 레드블랙 트리의 회전 규칙을 그림으로 정리
- B-트리의 분할과 병합을 단계별로 설명
"""

ANSWERS = ("슬라이딩", "우선순위 큐", "자동 완성", "사전 검색", "접두사 개수")


def test_a_bare_answer_to_the_line_above_is_no_clue() -> None:
    bank = build_bank(parse_markdown(NOTES, "notes.md"))
    assert any(q.kind == "name" for q in bank), "the structures are still asked"
    for q in bank:
        for text in (q.prompt, *q.choices):
            assert not any(a in text for a in ANSWERS), text
    # A whole sentence after the answer says what it says.
    assert any("O(1)에 넣고 뺄 수 있다" in q.prompt for q in bank if q.kind == "name")


def test_an_advert_and_what_it_lists_are_no_notes() -> None:
    bank = build_bank(parse_markdown(NOTES, "notes.md"))
    for q in bank:
        for text in (q.prompt, *q.choices):
            assert "책" not in text and "B-트리" not in text, text


@pytest.mark.parametrize("text", [
    "詳しくは拙著をぜひご覧ください",
    "実務で使える具体的なテクニックが満載です。ぜひご覧ください。",
    "書籍で学べる完全なテスト戦略", "Check out my course for the full walkthrough",
    "자세한 내용은 제 책 3장을 참고하세요", "欢迎关注我的公众号",
])
def test_a_line_selling_a_book_or_course_is_an_advert(text: str) -> None:
    assert advertises(text)


@pytest.mark.parametrize("text", [
    "The book table stores one row per title", "책임 연쇄 패턴은 요청을 넘긴다",
    "구독자에게 메시지를 푸시한다",
])
def test_a_fact_with_a_like_word_is_no_advert(text: str) -> None:
    assert not advertises(text)
