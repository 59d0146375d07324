"""Two `term : definition` lines of one kind (alone in their list, or named one
word apart) are asked between the two: which of the pair a line describes. Two
term lines among other lines with unlike names, keys another list writes too,
a bare value, a line on the other's subject or on its own name's word are not.
Every note here is written for the test."""

from __future__ import annotations

import re

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import Question
from bot.quiz.two_terms import one_word_apart

KO = """# 보안 서비스

## 방화벽 서비스

- 웹 요청을 규칙에 따라 걸러 냄
- 방화벽 유형
\t- 방화벽 베이직 : 모든 계정에 무료로 켜져 있으며 흔한 플러드 공격만 막음
\t- 방화벽 프로 : 대응 팀의 상시 지원과 요금 보상까지 유료로 제공

## 캐시 서비스

- 데이터베이스 앞에 두는 메모리 저장소
- 백엔드 엔드포인트 : 항상 주 노드 하나를 가리키는 DNS 이름
- 노드는 15개까지 추가 가능
- 프론트 엔드포인트 : 모든 복제 노드에 요청을 고르게 나누어 보냄
"""

EN = """# Messaging

## Delivery modes

- At-least-once mode: every message arrives, and a consumer may see one twice.
- At-most-once mode: a message may be lost, but none is handed over twice.
"""

ZH = """# 存储

## 一致性

- 读取方式
\t- 最终一致读取：可能读不到刚完成的写入结果，但延迟最低
\t- 强一致读取：总是返回最近一次成功写入的数据，但延迟更高
"""

JA = """# ネットワーク

## 接続方式

- クラウドとの間の通信はすべて暗号化される
- 接続の種類
\t- 拠点間接続 : オフィスとクラウドの間を常につなぎ、専用線の予備としても使われる
\t- 端末接続 : 社員のノートパソコンから一台ずつ、必要なときだけつなぐ
"""

# Two term lines among a service's other bullets, named unlike: two merits of
# one thing, not two things.
MERITS = """# 데이터베이스

## 연결 프록시

- 애플리케이션이 데이터베이스 연결을 풀링하고 공유하도록 하는 기능
- 장애 조치 시간 단축 : 애플리케이션 연결을 유지하면서 예비 인스턴스에 자동 연결
- 여러 애플리케이션이 하나의 연결 풀을 함께 쓸 수 있음
- 보안 강화 : 데이터베이스 자격 증명을 코드 밖의 비밀 저장소에 보관
"""

# 'Pro' and 'Con' under each of two items: slots of a record, no things.
RECORDS = """# Storage

## Disk layouts

- Striping
\t- Pro: reads and writes are spread over every disk at once
\t- Con: one failed disk loses the data of the whole array
- Mirroring
\t- Pro: every block is kept on two disks and survives one failure
\t- Con: only half of the raw capacity can be used for data
"""

# A bare value ('지원함') says nothing alone.
VALUE = """# 데이터베이스

## 읽기 방식

- 읽기 일관성
\t- 느슨한 일관 읽기 : 방금 끝난 쓰기 결과가 보이지 않을 수 있음
\t- 엄격한 일관 읽기 : 지원함
"""


def _pairs(text: str) -> list[Question]:
    return [q for q in build_bank(parse_markdown(text, "notes.md")) if q.kind == "pair"]


def _asked(questions: list[Question]) -> dict[str, tuple[str, ...]]:
    return {q.prompt.rsplit("\n- ", 1)[-1]: q.choices for q in questions}


def test_a_list_of_two_kinds_is_asked_between_them() -> None:
    asked = _asked(_pairs(KO))
    line = "대응 팀의 상시 지원과 요금 보상까지 유료로 제공"
    assert line in asked
    assert set(asked[line]) == {"방화벽 베이직", "방화벽 프로"}
    (question,) = [q for q in _pairs(KO) if q.prompt.endswith(line)]
    assert question.correct_choice == "방화벽 프로"
    assert "방화벽 유형" in question.prompt  # the kind both are, above them


def test_two_names_one_word_apart_among_other_lines_are_a_pair() -> None:
    asked = _asked(_pairs(KO))
    line = "항상 주 노드 하나를 가리키는 DNS 이름"
    assert line in asked
    assert set(asked[line]) == {"백엔드 엔드포인트", "프론트 엔드포인트"}


def test_english_chinese_and_japanese_pairs() -> None:
    for text, line, right in (
            (EN, "a message may be lost, but none is handed over twice.", "At-most-once mode"),
            (ZH, "总是返回最近一次成功写入的数据，但延迟更高", "强一致读取"),
            (JA, "社員のノートパソコンから一台ずつ、必要なときだけつなぐ", "端末接続")):
        questions = {q.prompt.rsplit("\n- ", 1)[-1]: q for q in _pairs(text)}
        assert line in questions, text
        assert questions[line].correct_choice == right
        assert len(questions[line].choices) == 2


def test_the_pair_is_asked_once_in_a_sample() -> None:
    # (Either line answers the other's question: they share what they ask.)
    pair = [q for q in _pairs(KO) if "방화벽 베이직" in q.choices]
    assert len(pair) == 2
    assert set(pair[0].facts) & set(pair[1].facts)


def test_two_merits_of_one_thing_are_no_pair() -> None:
    assert _pairs(MERITS) == []


def test_keys_of_a_record_are_no_pair() -> None:
    assert not any({"Pro", "Con"} & set(q.choices) for q in _pairs(RECORDS))


def test_a_bare_value_is_no_clue() -> None:
    asked = _asked(_pairs(VALUE))
    assert "지원함" not in asked
    assert "방금 끝난 쓰기 결과가 보이지 않을 수 있음" in asked


def test_a_line_saying_the_name_in_other_words_is_not_asked() -> None:
    # '읽기' says the reader: '리더 엔드포인트' would be picked by its name.
    text = """# 데이터베이스

## 클러스터

- 클러스터 엔드포인트
\t- 라이터 엔드포인트 : 항상 기본 인스턴스 하나를 가리키는 DNS 이름
\t- 리더 엔드포인트 : 모든 읽기 전용 복제본에 연결을 고르게 나누어 줌
"""
    asked = _asked(_pairs(text))
    assert "모든 읽기 전용 복제본에 연결을 고르게 나누어 줌" not in asked
    assert "항상 기본 인스턴스 하나를 가리키는 DNS 이름" in asked


def test_one_word_apart() -> None:
    assert one_word_apart("라이터 엔드포인트", "리더 엔드포인트")
    assert one_word_apart("Client VPN", "Site-to-Site VPN (AWS Managed VPN)")
    assert not one_word_apart("Standard", "Standard-IA")
    assert not one_word_apart("보안 강화", "장애 조치 시간 단축")


def test_two_names_alone_in_a_list_must_be_written_alike() -> None:
    # A tax beside a register (names of two lengths); an aspect beside a line's
    # quoted opening; two rulers of one form stay.
    text = """# 역사

## 왕조

- 세금 제도
\t- 조세 : 수확량의 십분의 일을 곡물로 거두어 나라 창고에 보관
\t- 민정문서 : 촌락마다 인구와 토지와 가축의 수를 기록하여 보고
- 건국
\t- 건국 시기 : 기록에 따르면 아주 이른 청동기 시대에 나라를 세움
\t- 기원전 4세기경 '왕' : 왕이라는 칭호를 쓰고 자리를 자식에게 물려줌
- 두 임금
\t- 무왕 : 영토를 크게 넓히고 이웃 나라와 자주 전쟁을 벌임
\t- 문왕 : 이웃 나라와 친선을 맺고 앞선 문물을 받아들임
"""
    choices = {frozenset(q.choices) for q in _pairs(text)}
    assert frozenset({"무왕", "문왕"}) in choices
    assert not any("조세" in c or "민정문서" in c or "건국 시기" in c for c in choices)


def test_a_line_naming_the_other_in_an_aside_is_not_asked() -> None:
    text = """# Economics

## Inputs

- factors of production
\t- primary factors: land, labor and the capital goods a firm already owns
\t- secondary factors: material and energy (require primary factors as inputs)
"""
    asked = _asked(_pairs(text))
    assert "land, labor and the capital goods a firm already owns" in asked
    assert not any("material and energy" in line for line in asked)


def _described(questions: list[Question]) -> dict[str, Question]:
    """The pair's mirrored questions ('which line describes X?'), by X."""
    asked = ((re.search(r"['“「]([^'”」]+)['”」]", q.prompt.splitlines()[-1]), q)
             for q in questions)
    return {m.group(1): q for m, q in asked if m is not None}


def test_each_term_of_a_pair_is_asked_by_its_line_too() -> None:
    described = _described(_pairs(KO))
    question = described["방화벽 프로"]
    assert question.correct_choice == "대응 팀의 상시 지원과 요금 보상까지 유료로 제공"
    assert set(question.choices) == {question.correct_choice,
                                     "모든 계정에 무료로 켜져 있으며 흔한 플러드 공격만 막음"}
    # One pair, one fact key: a sample asks one of its questions.
    pair = [q for q in _pairs(KO) if "방화벽" in q.prompt]
    assert len(pair) >= 3 and set.intersection(*(set(q.facts) for q in pair))
    described = _described(_pairs(ZH))
    assert described["强一致读取"].correct_choice.startswith("总是返回最近一次成功写入的数据")


def test_no_mirror_beside_a_rival_line_saying_its_name() -> None:
    # '읽기' in the reader's line rules it out at sight beside '라이터 엔드포인트'.
    text = """# 데이터베이스

## 클러스터

- 클러스터 엔드포인트
\t- 라이터 엔드포인트 : 항상 기본 인스턴스 하나를 가리키는 DNS 이름
\t- 리더 엔드포인트 : 모든 읽기 전용 복제본에 연결을 고르게 나누어 줌
"""
    assert "라이터 엔드포인트" not in _described(_pairs(text))
