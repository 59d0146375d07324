"""The only two things the notes write under one heading ('Redis' and
'Memcached' under a cache heading): the heading says what kind both are, so
they are asked as a pair, which of the two a clue describes, though their
names share no word. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import PAIR

ENGINES = """## Cache engines

### Keystone
- Writes an append-only log to disk, so the data survives a restart
- Copies every write to a replica in another zone and fails over on its own

### Slabby
- Holds plain strings in memory only, all of them lost when the node restarts
- Spreads its work over many threads of one large node
"""


def test_the_only_two_under_a_heading_are_asked_as_a_pair() -> None:
    bank = build_bank(parse_markdown(ENGINES, "engines.md"))
    pairs = [q for q in bank if q.kind == PAIR]
    assert pairs, [(q.kind, q.prompt, q.choices) for q in bank]
    for q in pairs:
        assert set(q.choices) == {"Keystone", "Slabby"}, q.choices
        answer = q.choices[q.answer]
        assert ("append-only" in q.prompt or "replica" in q.prompt) == (answer == "Keystone")


THREE = """## Cache engines

### Keystone
- Writes an append-only log to disk, so the data survives a restart
- Copies every write to a replica in another zone and fails over on its own

### Slabby
- Holds plain strings in memory only, all of them lost when the node restarts
- Spreads its work over many threads of one large node

### Keystone Cluster
- Runs three nodes behind one address and elects a leader among them
"""


def test_two_of_three_under_a_heading_are_no_pair() -> None:
    # ('Keystone Cluster', no choice beside Keystone, is a third thing under
    # the heading: it names no one kind of the two left.)
    bank = build_bank(parse_markdown(THREE, "three.md"))
    assert not [q for q in bank if q.kind == PAIR], [(q.prompt, q.choices) for q in bank]


SOURCES = """## Learning resources

### Videos
- Trees explained, a lecture recorded at a state university
- Balanced search trees, slides and talk from a winter course

### Articles
- How not to get lost in trees, a blog series for beginners
- Leaves all the way down, an essay on binary trees
"""

DIARY = """## 資格試験の記録

### 勉強資料
- 公式ドキュメントと模擬試験を一通り読んで手を動かした
- 動画講座は倍速で二周見て要点をノートにまとめた

### 振り返り
- 本番は思ったより長文の問題が多く時間が足りなかった
- 次は午前中に受けて集中力を保ちたいと感じた
"""


def test_the_two_parts_of_a_reading_list_are_no_pair() -> None:
    # Which list a title stands in ('Videos', 'Articles') is no fact of the
    # subject; nor is a study diary's '勉強資料' (study materials) a thing of
    # one kind with the entry beside it.
    for text in (SOURCES, DIARY):
        bank = build_bank(parse_markdown(text, "notes.md"))
        assert not [q for q in bank if q.kind == PAIR], [(q.prompt, q.choices) for q in bank]


JOINED = """## 자료 구조 노트

### 스택과 큐
- 넣은 순서를 거꾸로 꺼내는 쪽은 함수 호출 기록을 쌓는 데 쓴다
- 넣은 순서대로 꺼내는 쪽은 작업 대기열을 만드는 데 쓴다

### 힙과 이진 탐색 트리
- 부모가 자식보다 항상 작아서 가장 작은 값을 바로 꺼낼 수 있다
- 왼쪽 자식은 작고 오른쪽 자식은 커서 정렬된 순서로 훑을 수 있다
"""


def test_two_headings_each_joining_two_names_are_no_pair() -> None:
    # ('스택과 큐' is a topic on two things: a line of it fits one of the two,
    # and neither heading is a thing a clue describes.)
    bank = build_bank(parse_markdown(JOINED, "structures.md"))
    assert not [q for q in bank if q.kind == PAIR], [(q.prompt, q.choices) for q in bank]
