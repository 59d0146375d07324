"""A `<details>` fold titled only 'Show answer' (답변 보기) hides the answer of
the question it stands under: it is no topic of its own, asks nothing, and its
tags are no part of the answer. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.cards import scan_cards
from bot.notes.labels import is_reveal
from bot.notes.loader import parse_markdown

INTERVIEW = """\
# 네트워크 면접

## Q1. TCP와 UDP의 차이는? ⭐⭐⭐

<details>
<summary>답변 보기</summary>

- TCP는 연결 지향이고 순서를 보장한다
- UDP는 비연결형이고 순서를 보장하지 않는다

</details>

## Q2. DNS는 어떤 포트를 쓰나요? ⭐

<details>
<summary>답변 보기</summary>

- 질의는 주로 UDP 53번 포트를 쓴다

</details>
"""


def test_a_reveal_title_is_no_topic_and_merges_nothing() -> None:
    deck = parse_markdown(INTERVIEW, "net.md")
    titles = [t.title for t in deck.topics()]
    assert "답변 보기" not in titles
    tcp = next(t for t in deck.topics() if "TCP" in t.title)
    dns = next(t for t in deck.topics() if "DNS" in t.title)
    assert any("연결 지향" in f.text for f in tcp.all_facts())
    assert any("53번" in f.text for f in dns.all_facts())
    assert not any("53번" in f.text for f in tcp.all_facts())


def test_the_answer_under_a_question_heading_has_no_fold_tags() -> None:
    first, second = scan_cards(INTERVIEW, "net.md").cards
    assert first.front == "TCP와 UDP의 차이는?"  # the rating stars are not asked
    assert first.back.splitlines() == ["TCP는 연결 지향이고 순서를 보장한다",
                                       "UDP는 비연결형이고 순서를 보장하지 않는다"]
    assert "details" not in second.back and "답변 보기" not in second.back


def test_a_reveal_fold_answers_the_question_written_above_it() -> None:
    notes = ("## 전송 계층\n\nTCP 연결을 여는 데 몇 번의 메시지가 오가나요?\n"
             "<details><summary>Show answer</summary>\n\n세 번 (3-way handshake)\n\n"
             "</details>\n\n정리한 표\n<details><summary>펼치기</summary>\n\n- 내용\n\n"
             "</details>\n")
    (card,) = scan_cards(notes, "net.md").cards
    assert card.front == "TCP 연결을 여는 데 몇 번의 메시지가 오가나요?"
    assert card.back == "세 번 (3-way handshake)"


def test_reveal_titles() -> None:
    for title in ("답변 보기", "정답 확인", "Show answer", "Click to expand", "答えを見る",
                  "Answer"):
        assert is_reveal(title), title
    for title in ("TCP란?", "Security Group", "정리한 표"):
        assert not is_reveal(title), title


ASKING = """\
# 서브넷 정리

## 서브넷은 왜 나누나요?

- 보안 경계를 나누고 라우팅을 따로 두기 위해서

## 라우팅 테이블

- 서브넷마다 하나가 연결된다

## 어떤 주소가 예약되나요?

""" + "".join(f"- 예약 주소 {n}\n" for n in range(20))


def test_a_heading_that_asks_holds_its_short_answer_as_a_card() -> None:
    (card,) = scan_cards(ASKING, "subnet.md").cards
    assert card.front == "서브넷은 왜 나누나요?"
    assert card.back == "보안 경계를 나누고 라우팅을 따로 두기 위해서"
    assert card.headings == ("서브넷 정리",)
    # A heading that names a thing asks nothing; a long section is notes, not an answer.
