"""Blanks on a running time the notes state: the inside of 'O(…)' blanked,
the neighbouring growth classes of one variable as the other choices."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.complexity import growth

PROSE = """# 정렬 메모

힙 정렬은 어떤 입력에서도 O(n log n) 시간에 끝난다.

삽입 정렬은 거의 정렬된 배열에서 Θ(n)에 가깝게 동작하고 최악에는 O(n^2)이다.

그래프 탐색은 인접 리스트로 O(V + E)에 끝난다.

이진 탐색은 선형 탐색 O(n)보다 빠르다.

해시 조회는 충돌에 따라 O(1)~O(n) 사이로 걸린다.
"""


def _blanks(notes: str) -> list[tuple[str, tuple[str, ...], str]]:
    return [(q.prompt, q.choices, q.correct_choice)
            for q in build_bank(parse_markdown(notes, "n.md")) if "(___)" in q.prompt]


def test_a_bound_in_prose_is_blanked_inside_its_notation() -> None:
    found = {prompt.rsplit("\n", 1)[-1]: (choices, right)
             for prompt, choices, right in _blanks(PROSE)}
    heap = found["- 힙 정렬은 어떤 입력에서도 O(___) 시간에 끝난다."]
    assert heap[1] == "n log n"
    # Written as the notes write it (spaced), one variable, neighbours on the ladder.
    assert set(heap[0]) - {"n log n"} <= {"n", "n^2", "log n", "n^3"}
    assert len(heap[0]) == 4


def test_a_class_the_line_shows_is_never_offered_nor_asked_twice() -> None:
    for prompt, choices, right in _blanks(PROSE):
        if "삽입 정렬" in prompt:
            other = "n" if right == "n^2" else "n^2"
            assert other not in choices


def test_two_variables_and_comparisons_are_not_asked() -> None:
    prompts = " ".join(prompt for prompt, _, _ in _blanks(PROSE))
    assert "그래프 탐색" not in prompts  # O(E log V) may be as right
    assert "선형 탐색" not in prompts  # 'faster than O(n)': a threshold
    assert "해시 조회" not in prompts  # one end of a range


def test_growth_reads_the_usual_spellings() -> None:
    assert growth("nlogn") == ("nlog", "n")
    assert growth("N \\log N") == ("nlog", "N")
    assert growth("log(n)") == ("log", "n")
    assert growth("n²") == ("sq", "n")
    assert growth("1") == ("1", "")
    assert growth("V+E") is None
    assert growth("n*m") is None
