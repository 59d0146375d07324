"""The bank build's fast paths answer as the plain computations they replace."""

from __future__ import annotations

import pkgutil
import random
import re
from collections.abc import Callable
from dataclasses import replace
from itertools import product
from typing import cast

import pytest

from bot.notes.model import SourceRef
from bot.quiz import concepts, fields, gloss, restated
from bot.quiz.material import Concept, Material, Statement
from bot.quiz.nearest import shares_no_piece, words_held
from bot.quiz.spelling import _package_data, edits
from bot.quiz.text import compact, contradicts, name_parts, near_duplicate, pairs


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
        skeleton = gloss._skeleton(flat)
        # (Both looked up by the pairs of the text's skeleton.)
        held = set(pairs(skeleton))
        plain = [at for at, (phrase, _, _) in enumerate(index.phrases) if phrase in flat]
        assert [at for at in gloss._starting_in(held, index.phrase_heads)
                if index.phrases[at][0] in flat] == plain
        shapes = [at for at, (shape, *_) in enumerate(index.slips) if shape in skeleton]
        assert [at for at in gloss._starting_in(held, index.slip_heads)
                if index.slips[at][0] in skeleton] == shapes


def _locker() -> tuple[Concept, Statement]:
    source = SourceRef(file="notes.md", line=3)
    line = Statement(text="Locker는 무인 보관함에 물건을 넣어 둠 (택배 수령용)", source=source)
    concept = Concept(name="Locker", key="locker", section="배송", topic="Locker", crumb="배송",
                      about="배송 > Locker", statements=(line,), source=source,
                      pieces=frozenset())
    return concept, line


def _plain_clue(concept: Concept, line: Statement, says_name: Callable[[str], bool],
                kept: Callable[[Statement], bool]) -> Statement | None:
    """The clue found without `kept`, then dropped if the question would not keep it."""
    clue = concepts._clue(concept, line, [], ["Locker"], says_name)
    return clue if clue is not None and kept(clue) else None


def test_clues_are_kept_as_when_read_before_the_question_filters() -> None:
    concept, line = _locker()
    texts = [line.text, "Locker는 무인 보관함에 물건을 넣어 둠",
             "무인 보관함에 물건을 넣어 둠 (택배 수령용)", "무인 보관함에 물건을 넣어 둠"]
    for said, dropped in product(product((False, True), repeat=4), repeat=2):
        def says_name(text: str, said: tuple[bool, ...] = said) -> bool:
            return said[texts.index(text)]

        def kept(clue: Statement, dropped: tuple[bool, ...] = dropped) -> bool:
            return not dropped[texts.index(clue.text)]

        assert concepts._clue(concept, line, [], ["Locker"], says_name, kept) \
            == _plain_clue(concept, line, says_name, kept)


def test_a_clue_the_question_drops_is_not_read_for_the_name() -> None:
    concept, line = _locker()
    read: list[str] = []

    def says_name(text: str) -> bool:
        read.append(text)
        return False

    assert concepts._clue(concept, line, [], ["Locker"], says_name, lambda _: False) is None
    assert read == []


def test_a_clue_fits_half_the_siblings_as_counted_in_full(monkeypatch: pytest.MonkeyPatch) -> None:
    concept, line = _locker()
    for n in range(6):
        for fits in product((False, True), repeat=n):
            others = [replace(concept, key=f"o{i}") for i in range(n)]
            monkeypatch.setattr(concepts, "_could_be",
                                lambda o, *_, fits=fits: fits[int(o.key[1:])])
            assert concepts._fits_half(line, concept, others, cast(Material, None)) \
                == (2 * sum(fits) >= n)


def test_pairs_are_the_slices_of_two() -> None:
    rng = random.Random(11)
    for _ in range(500):
        run = "".join(rng.choice("데이터共有ロックab") for _ in range(rng.randint(0, 9)))
        assert list(pairs(run)) == [run[i:i + 2] for i in range(len(run) - 1)]


def _says_in_words_plainly(rest: str, count: int) -> bool:
    """The number-word reading as it was: a pattern for every Korean word."""
    latin = set(re.findall(r"[a-z]+", rest.lower()))
    for word in restated._WORDS.get(count, ()):
        if word.isascii():
            if word in latin:
                return True
        elif re.fullmatch(r"[가-힣 ]+", word):
            if re.search(rf"(?<![가-힣]){word}(?:[의가를은는이도만]|(?![가-힣]))", rest):
                return True
        elif word in rest:
            return True
    native = restated._KOREAN_BEFORE_COUNTER.get(count)
    return bool(native and re.search(rf"(?<![가-힣]){native}{restated._COUNTER}", rest))


def test_number_words_are_read_as_the_patterns_read_them() -> None:
    texts = ["하나의 인스턴스", "둘이 함께", "이중화 구성", "두 개의 서브넷", "두개", "한번 할당",
             "세 가지 방식", "세금", "다섯 번째", "열 개 까지", "两个节点", "二つの層",
             "two replicas", "a single NAT", "하나", "둘째", "넷플릭스", "네 곳", "", "abc"]
    for text, count in product(texts, range(1, 13)):
        assert restated._says_in_words(text, count) == _says_in_words_plainly(text, count)


def test_english_phrases_of_the_fields_are_found_as_compiled_at_once() -> None:
    phrases = [phrase for (_, phrase), _ in fields._index().said]
    texts = ["Tear-down the stack", "TEAR   DOWN", "teardown", "signed in users",
             "the response time of", "first in, first out", "x"]
    for phrase, text in product(phrases, texts):
        eager = fields._english_phrase.__wrapped__(phrase)
        assert bool(fields._english_phrase(phrase).search(text)) == bool(eager.search(text))


def test_a_rivals_long_parts_are_its_names_parts() -> None:
    names = [("Simple Queue Service (SQS)", frozenset({"SQS 큐", "Amazon SQS"})),
             ("L7 로드 밸런싱", frozenset()), ("IO", frozenset({"I/O"})),
             ("最短作业优先 (SJF)", frozenset({"SJF"}))]
    for name, spellings in names:
        plain = {part for spelling in (name, *spellings)
                 for part in map(compact, name_parts(spelling)) if len(part) >= 3}
        assert set(concepts._long_parts(name, spellings)) == plain
    assert "sqs" in concepts._long_parts(*names[0])
    assert concepts._long_parts(*names[2]) == ()


def test_lines_sharing_no_matter_contradict_nothing() -> None:
    assert not contradicts("최소 보관 기간 90일", "Lambda 함수는 이벤트로 실행")
    assert contradicts("최소 보관 기간 90일 필요", "최소 보관 기간 180일 필요")


def test_a_line_sharing_no_piece_says_the_clue_only_word_for_word() -> None:
    lines = ["서버리스 컨테이너 서비스", "서버리스컨테이너 서비스!", "컨테이너 오케스트레이션",
             "Runs containers without servers", "runs  containers without servers.",
             "관리형 쿠버네티스", "요금: 초당 과금", "99.9% 가용성", "99.99% 가용성", "", "-", "X"]
    for clue, line in product(lines, lines):
        plain = near_duplicate(clue, line) or words_held(clue, line) >= concepts.LINE_WORDS_HELD
        assert concepts._says_alike(clue, line) == plain
        if shares_no_piece(clue, line):
            assert words_held(clue, line) == 0.0


def test_the_word_list_is_read_as_pkgutil_reads_it() -> None:
    resource = "resources/en.json.gz"
    assert _package_data("spellchecker", resource) == pkgutil.get_data("spellchecker", resource)
    assert _package_data("no_such_package_here", resource) == b""
