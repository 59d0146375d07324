"""A hard-wrapped paragraph or list item is one sentence read as one fact, never
line fragments ('… why would we want to throw away' / 'information like …');
notes that write one fact per line without bullets (Korean and Japanese above
all) keep their lines apart. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.wrapping import continues
from bot.quiz.bank import build_bank


def _texts(text: str) -> list[str]:
    deck = parse_markdown(text, "notes.md")
    return [f.text for t in deck.topics() for f in t.all_facts()]


EN_WRAPPED = """# Algorithm analysis

## Asymptotic notation

When analysing the running time of an algorithm, why would we want to throw away
information like constant factors and lower-order terms? Lower-order terms
become irrelevant for large inputs, and constant factors depend on the details
of the machine, so dropping them keeps the analysis general.

* Nested loops are analysed inside out: the running time of a statement inside
  a group of nested loops is its own running time multiplied by the product
of the sizes of all the loops.
"""


def test_an_english_wrapped_paragraph_is_one_fact() -> None:
    texts = _texts(EN_WRAPPED)
    assert texts[0].startswith("When analysing the running time")
    assert texts[0].endswith("keeps the analysis general.")
    assert texts[1].endswith("multiplied by the product of the sizes of all the loops.")
    assert len(texts) == 2
    for q in build_bank(parse_markdown(EN_WRAPPED, "notes.md")):
        for line in q.prompt.splitlines():
            assert not line.endswith(("throw away", "the product")), q.prompt


KO_ONE_PER_LINE = """# 캐시

## 캐시 메모리

캐시는 CPU와 RAM 사이에 존재
자주 쓰는 데이터를 가까이 두어 접근 시간을 줄임
L1 캐시는 코어마다 하나씩 있음
"""

KO_WRAPPED = """# 쿠버네티스

## 컨테이너 오케스트레이션

쿠버네티스는 컨테이너화된 워크로드와 서비스를 관리하기 위한 이식할 수 있고,
확장 가능한 오픈소스 플랫폼이다.
"""


def test_korean_lines_stay_apart_unless_the_sentence_goes_on() -> None:
    assert _texts(KO_ONE_PER_LINE) == [
        "캐시는 CPU와 RAM 사이에 존재",
        "자주 쓰는 데이터를 가까이 두어 접근 시간을 줄임",
        "L1 캐시는 코어마다 하나씩 있음",
    ]
    assert _texts(KO_WRAPPED) == [
        "쿠버네티스는 컨테이너화된 워크로드와 서비스를 관리하기 위한 이식할 수 있고, "
        "확장 가능한 오픈소스 플랫폼이다."]


JA_ONE_PER_LINE = """# ロック

## 種類

共有ロックは読み取り用
排他ロックは書き込み用
デッドロックは互いの解放を待つ状態
"""

JA_WRAPPED = """# ロック

## 共有ロック

共有ロックは複数のトランザクションが同時に取得でき、
読み取りだけを許す。
"""


def test_japanese_lines_stay_apart_unless_the_sentence_goes_on() -> None:
    assert len(_texts(JA_ONE_PER_LINE)) == 3
    assert _texts(JA_WRAPPED) == [
        "共有ロックは複数のトランザクションが同時に取得でき、 読み取りだけを許す。"]


def test_what_reads_as_a_sentence_going_on() -> None:
    assert continues("the running time of a statement multiplied by the product",
                     "of the sizes of all the loops.")
    assert continues("a normal computer with the following", "characteristics:")
    assert not continues("Lambda runs code without servers", "Fargate runs containers")
    assert not continues("kubectl get pods --all-namespaces -o wide", "kubectl get nodes")
    assert not continues("select A1, A2, ..., An", "from r1, r2, ..., rm")
    # A lead-in over the items of a list, one per line.
    assert not continues("Partition the array so that", "Elements less than the pivot first")
    assert not continues("VPC는 리전 단위로 만들어진다.", "서브넷은 AZ 단위다.")
