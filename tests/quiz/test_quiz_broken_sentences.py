"""A line broken off before its end is no choice and no clue: a bracket or
code left open, an arrow or an equals sign with nothing after it, a clause
ending on the word that joins it to the next (English, Korean, Japanese,
Chinese). Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import Question
from bot.quiz.whole_sentences import broken_off

GRAPHS = """\
# Graph algorithm cheat sheet

## Glossary
- Dijkstra: shortest paths from one source when no edge weight is negative
- Bellman-Ford: shortest paths that also reports a negative cycle, by relaxing where
- Prim: grows a spanning tree by the cheapest edge, keeping key[v] = min(key[v]
- Kruskal: sorts the edges and joins two trees with the cheapest safe edge
- Topological sort: orders the vertices of a DAG (every edge points forward
- Tarjan: finds strongly connected components in one depth-first pass
"""

SORTS = """\
# 정렬 정리

## 용어
- 퀵 정렬: 피벗보다 작은 값과 큰 값으로 나누어 재귀적으로 정렬하고
- 병합 정렬: 반으로 나눈 두 배열을 정렬한 뒤 합치며 항상 같은 시간이 걸리며
- 힙 정렬: 최대 힙에서 루트를 하나씩 꺼내 배열 뒤쪽에 두는 정렬 ->
- 삽입 정렬: 정렬된 앞부분의 알맞은 자리에 새 원소를 끼워 넣는 정렬
- 계수 정렬: 값의 범위가 좁을 때 값마다 개수를 세어 자리를 정하는 정렬
- 선택 정렬: 남은 원소 중 가장 작은 값을 골라 앞으로 보내는 정렬
"""

BROKEN_EN = ("by relaxing where", "key[v] = min(key[v]", "(every edge points forward")
BROKEN_KO = ("정렬하고", "걸리며", "정렬 ->")


def _shown(question: Question) -> list[str]:
    return [*question.prompt.split("\n"), *question.choices]


def test_no_broken_line_is_shown_in_english() -> None:
    bank = build_bank(parse_markdown(GRAPHS, "graphs.md"))
    assert any(q.kind == "match" for q in bank)
    for q in bank:
        assert not any(cut in line for line in _shown(q) for cut in BROKEN_EN), q


def test_no_broken_line_is_shown_in_korean() -> None:
    bank = build_bank(parse_markdown(SORTS, "sorts.md"))
    assert any(q.kind == "match" for q in bank)
    for q in bank:
        assert not any(line.endswith(cut) for line in _shown(q) for cut in BROKEN_KO), q


def test_what_is_broken_off() -> None:
    for text in ("keeps key[v] = min(key[v]", "orders the vertices (every edge points forward",
                 "runs `git log --oneline", "costs $O(n \\log n", "the answer is in c[m, n] ->",
                 "dist = ", "found by filling a table where", "when the graph is dense, which",
                 "실제 수열을 복원할 수 있고", "항상 같은 시간이 걸리며", "값이 크지만",
                 "配列を分けて", "先排序并且",
                 # A bare stem: '않은 지연이 …' cut inside '않은'.
                 "사용자에게는 익숙하지 않", "설정이 필요하지", "두 값이 같",
                 # Its head cut off ('B- 트리 같은 경우 …').
                 "경우 특정 키를 찾을 때 더 빠를 수 있다.", "수 있다.", "것이 좋다"):
        assert broken_off(text), text
    for text in ("a half-open interval [0, 1)", "costs $5 a month and $9 a year", "C++",
                 "물건을 보관하는 창고", "자세한 내용은 참고", "Shift the traffic away.",
                 "a) the first option", "x => y", "$O(n)$ time", "max(a, b)",
                 "the one that was asked", "배열을 반으로 나눈다", "配列を二つに分ける",
                 "A와 B는 같다", "여름의 하지", "성능이 좋지 않다",
                 "경우에 따라 다르다.", "수익 구조가 바뀐다.", "때때로 느려진다."):
        assert not broken_off(text), text
