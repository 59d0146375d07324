"""A list whose every item is a Latin name run straight into its Korean
description ('Mutual Exclusion 자원에 대해서 …', as an item '1. Mutual
Exclusion' with its paragraph under it reads once joined) is a list of term
lines: its names are matched among themselves, and no clue shows a name glued
to its description. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import Question
from bot.quiz.reshape import reshaped

CACHES = """\
# 캐시

## 쓰기 정책

캐시에 쓰는 방법은 아래와 같다.

1. Write Through

   캐시와 메모리에 동시에 기록하므로 둘이 항상 같다.

2. Write Back

   캐시에만 적어 두고 블록이 쫓겨날 때 메모리에 반영한다.

3. Write Around

   메모리에만 적고 캐시는 건너뛴다, 다시 읽을 일이 드문 자료에 알맞다.

4. Write Allocate

   쓰기 미스가 나면 블록을 먼저 캐시로 가져온 다음 적는다.
"""

# Latin words that only open the sentences: no list of names.
STEPS = """\
# 배포

## 순서

1. EC2 인스턴스를 시작한다
2. S3 버킷을 만든다
3. IAM 역할을 인스턴스에 붙인다
4. CloudWatch 경보를 건다
5. Auto Scaling 그룹의 크기를 정한다
"""


def _bank(text: str) -> list[Question]:
    return list(build_bank(parse_markdown(text, "notes.md")))


def test_names_glued_to_their_korean_descriptions_are_matched() -> None:
    bank = _bank(CACHES)
    match = [q for q in bank if q.kind == "match"]
    assert match
    terms = {"Write Through", "Write Back", "Write Around", "Write Allocate"}
    for q in match:
        shown = set(q.choices) if q.correct_choice in terms else {
            q.prompt.split("'")[1]}
        assert shown <= terms, q.prompt
    for q in bank:  # no clue runs a name into its description
        assert not any(f"{t} 캐시" in q.prompt or f"{t} 메모리" in q.prompt for t in terms)


def test_latin_words_opening_sentences_are_no_names() -> None:
    assert not [q for q in _bank(STEPS) if q.kind == "match"]


# A name with its particle written apart ('Hot Standby 의 경우 …'): the name is
# the sentence's subject, no term glued to a description.
PARTICLES = """\
# 이중화

## 대기 방식

- Hot Standby 의 경우 대기 서버가 같은 데이터를 실시간으로 받는다.
- Warm Standby 의 경우 대기 서버가 주기적으로 데이터를 받는다.
- Cold Standby 의 경우 장애가 난 뒤에 대기 서버를 켠다.
"""


def test_a_particle_written_apart_keeps_the_sentence_whole() -> None:
    for q in _bank(PARTICLES):
        assert ": 의 경우" not in "\n".join((q.prompt, *q.choices))
    deck = reshaped(parse_markdown(PARTICLES, "notes.md"))
    assert all(f.term is None for t in deck.topics() for f in t.all_facts())
