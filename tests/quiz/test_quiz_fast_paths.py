"""The bank build's fast paths answer as the plain computations they replace."""

from __future__ import annotations

import random

from bot.quiz import gloss
from bot.quiz.spelling import edits


def _levenshtein(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def test_banded_edits_agree_within_the_limit() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        a = "".join(rng.choice("abc") for _ in range(rng.randint(0, 8)))
        b = "".join(rng.choice("abc") for _ in range(rng.randint(0, 8)))
        for limit in (1, 2):
            full = _levenshtein(a, b)
            assert edits(a, b, limit) == (full if full <= limit else limit + 1)


def test_phrases_are_looked_up_by_their_first_characters() -> None:
    index = gloss._index()
    texts = ["관리형 데이터 레이크", "응용 프로그램을 위한 권한 부여", "명령줄 인터페이스로 접근",
             "다약한 작업에 쓰임", "a", ""]
    for text in texts:
        flat = gloss._flat(text)
        plain = [at for at, (phrase, _, _) in enumerate(index.phrases) if phrase in flat]
        assert [at for at in gloss._starting_in(flat, index.phrase_heads)
                if index.phrases[at][0] in flat] == plain
        skeleton = gloss._skeleton(flat)
        shapes = [at for at, (shape, *_) in enumerate(index.slips) if shape in skeleton]
        assert [at for at in gloss._starting_in(skeleton, index.slip_heads)
                if index.slips[at][0] in skeleton] == shapes
