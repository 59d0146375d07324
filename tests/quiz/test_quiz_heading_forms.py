"""A heading written as a sentence to the reader ('Things You Need to Get
Right', 'Conventions are your friends', '우리가 알아야 할 것') or as a step to
take ('Root 노드에서 시작', '어떤 자식 노드로 내려갈지 결정', 'Start at the
root', 'ルートノードから開始', '从根节点开始') titles a part of the page and
names no thing: never asked or offered as a name. Names stay ('Keep It
Simple', 'Type I error', 'Go to statement', 'Root node'). Every note here is
written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.heading_forms import titles_no_thing

KO_WALK = """# 힙 자료구조

## 힙에 값을 넣는 과정

### 마지막 리프 자리에서 시작
- 새 값을 완전 이진 트리의 가장 마지막 빈 자리에 넣는다.
- 배열로 구현하면 배열의 끝에 값을 추가하는 것과 같다.

### 부모 노드와 바꿀지 결정
- 새 값이 부모 노드의 값보다 크면 부모와 자리를 바꾼다.
- 부모보다 작거나 같으면 그 자리에서 멈춘다.

### 루트 노드로 이동
- 자리를 바꾼 뒤에는 한 단계 위의 부모와 다시 비교한다.
- 루트에 닿으면 더 비교할 부모가 없으므로 끝난다.
"""

EN_BOOK = """# Writing for the Web

### Things You Should Cut

- Happy talk on the front page says nothing a visitor came to read.
- Instructions nobody reads can usually be cut to a single short line.

### Words Your Readers Skip

- Long introductions are skipped by readers who scan for the next link.
- Paragraphs of marketing copy are skipped before their first sentence ends.
"""


def test_sentences_and_steps_title_no_thing() -> None:
    for title in ("Things You Need to Get Right", "Make Sure You Got Them Right",
                  "Conventions are your friends", "우리가 알아야 할 것", "Try the trunk test",
                  "Root 노드에서 시작", "어떤 자식 노드로 내려갈지 결정", "Start at the root",
                  "Go to the next node", "ルートノードから開始", "从根节点开始"):
        assert titles_no_thing(title), title


def test_names_stay_names() -> None:
    for name in ("Keep It Simple", "Type I error", "Go to statement", "Root node",
                 "Move semantics", "YAGNI (You Aren't Gonna Need It)", "Try-catch", "I/O 버스트"):
        assert not titles_no_thing(name), name


def test_no_question_offers_such_headings() -> None:
    titles = {"마지막 리프 자리에서 시작", "부모 노드와 바꿀지 결정", "루트 노드로 이동",
              "Things You Should Cut", "Words Your Readers Skip"}
    for text in (KO_WALK, EN_BOOK):
        for q in build_bank(parse_markdown(text, "notes.md")):
            assert not titles & set(q.choices), (q.prompt, q.choices)
