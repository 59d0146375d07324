"""A line is asked under the breadcrumb of the place it is written in.

Two sections with a sub-heading of the same name ('#### append' under '## Ring
Buffer' and again under '## Skip List') make one merged concept, but a line
about the skip list shown under 'Ring Buffer' names the wrong structure. And a
horizontal rule after a sub-heading's lines ends them: the lines after it,
with no heading of their own, are not more of that sub-heading."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

NOTES = """# Containers

## Ring Buffer

#### append
- Writes the item into the tail slot and advances the tail pointer
- Overwrites the oldest stored item once every slot is taken

#### drain
- Hands back every stored item in arrival order and empties the buffer
- Resets the head and tail pointers to slot zero afterwards

#### capacity
- Returns the number of slots fixed at allocation time
- Stays the same for the whole life of the buffer

## Skip List

#### append
- Links the new node into level zero and promotes it by coin flips
- Keeps every level sorted by key after the insertion

#### search
- Walks right along the top level until the next key is larger
- Drops one level down whenever the next key overshoots

#### height
- Grows by one whenever a promotion passes the current top level
- Stays near the logarithm of the node count on average

---

Lazy deletion marks a node dead and unlinks it on a later pass
Tombstoned nodes are skipped by every search until a sweep removes them
"""

RING = ("tail slot", "oldest stored", "arrival order", "slot zero", "allocation time",
        "whole life of the buffer")
SKIP = ("level zero", "sorted by key", "top level", "overshoots", "logarithm")


def _names() -> list[tuple[str, str]]:
    return [(q.prompt.split("\n", 1)[0], q.prompt) for q in build_bank(
        parse_markdown(NOTES, "notes.md")) if q.kind == "name"]


def test_a_merged_topic_is_asked_under_each_section_by_that_sections_lines() -> None:
    asked = _names()
    assert any(crumb == "Skip List" and "level zero" in prompt for crumb, prompt in asked), \
        "the skip list's append is asked where it is written"
    for crumb, prompt in asked:
        wrong = SKIP if crumb == "Ring Buffer" else RING
        assert not any(w in prompt for w in wrong), (crumb, prompt)


def test_lines_after_a_rule_are_not_the_last_sub_headings() -> None:
    deck = parse_markdown(NOTES, "notes.md")
    height = next(t for t in deck.topics() if t.title == "height")
    assert not any("Lazy deletion" in f.text for f in height.all_facts())
    section = next(t for t in deck.topics() if t.kind == "section" and t.section == "Skip List")
    assert any("Lazy deletion" in f.text for f in section.all_facts())
    for _, prompt in _names():
        assert "Lazy deletion" not in prompt and "Tombstoned" not in prompt, prompt


def test_a_rule_right_under_a_heading_only_underlines_it() -> None:
    deck = parse_markdown("# T\n\n## A\n\n#### one\n---\n- first line of one\n\n"
                          "#### two\n- a line of two\n", "n.md")
    one = next(t for t in deck.topics() if t.title == "one")
    assert [f.text for f in one.facts] == ["first line of one"]


TABLE = """# Structures

## Stack

#### push
- Puts an item on top of the pile and moves the top marker up
- Fails with an overflow when every slot is taken

#### pop
- Takes the top item off the pile and moves the top marker down
- Fails with an underflow when the pile is empty

**Queue**

| Operation | Meaning |
|---|---|
| enqueue | adds an item at the rear end of the line |
| dequeue | removes the item waiting longest at the front |
| peek | reads the front item without removing it |

## Heap

#### sift up
- Swaps a new leaf with its parent while the parent is smaller
- Ends once the parent is at least as large

#### sift down
- Swaps the root with its larger child while that child is larger
- Ends once both children are smaller
"""


def test_a_bold_line_over_a_table_titles_its_rows() -> None:
    deck = parse_markdown(TABLE, "notes.md")
    pop = next(t for t in deck.topics() if t.title == "pop")
    assert not any("enqueue" in f.text for f in pop.all_facts())
    asked = [q for q in build_bank(deck) if "rear end" in q.prompt
             or any("rear end" in c for c in q.choices)]
    assert asked, "the queue's rows are still asked"
    for q in asked:
        crumb = q.prompt.split("\n", 1)[0]
        assert "pop" not in crumb and "Queue" in crumb, crumb


ASKED = """# 운영체제

## 실행 단위

#### 멀티프로세스
- 여러 프로세스가 각자 독립된 메모리에서 병렬로 작업한다
- 한 프로세스가 죽어도 다른 프로세스에 영향이 없다

***문맥 교환이란?***

CPU가 실행 중인 프로세스의 레지스터 상태를 저장하고 다음 프로세스의 상태를 복원하는 과정

#### 멀티스레드
- 한 프로세스 안의 여러 스레드가 힙과 코드 영역을 공유한다
- 스레드 사이 통신은 공유 메모리로 이루어진다

#### 코루틴
- 실행을 스스로 양보했다가 멈춘 지점에서 다시 이어간다
- 운영체제 스케줄러 없이 사용자 공간에서 전환된다

## 동기화

#### 뮤텍스
- 한 번에 하나의 스레드만 임계 구역에 들어가게 잠근다
- 잠근 스레드만 잠금을 풀 수 있다

#### 세마포어
- 정해진 수만큼의 스레드가 동시에 자원을 쓰게 센다
- 대기와 신호 연산으로 값을 줄이고 늘린다
"""


def test_a_bold_question_line_heads_its_answer() -> None:
    deck = parse_markdown(ASKED, "notes.md")
    multi = next(t for t in deck.topics() if t.title == "멀티프로세스")
    assert not any("레지스터" in f.text for f in multi.all_facts())
    asked = next(t for t in deck.topics() if "문맥 교환" in t.title)
    assert any("레지스터" in f.text for f in asked.all_facts())
    for q in build_bank(deck):
        if q.kind == "name" and q.correct_choice == "멀티프로세스":
            assert "레지스터" not in q.prompt, q.prompt
