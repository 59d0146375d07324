"""Stems that say the answer's meaning in other words, with no word shared:
taking turns (돌아가며) is *Round Robin*, a length of time ('6-8 minutes') a
*Time-boxed* slot, 추출 (draw out) *추상화*, the first to arrive *FCFS*, the
shortest job *SJF*, the last one in *LIFO*. An acronym speaks in the fields of
what it stands for, read by the term lists or the notes. Every note here is
written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.fields import echoed_fields, fields_of


@pytest.mark.parametrize(("answer", "stem", "others", "field"), [
    ("Round Robin", "정해진 시간만큼 돌아가며 CPU를 할당", ["Priority Scheduling", "FCFS"],
     "turn-taking"),
    ("Round Robin", "Members take turns reading the minutes", ["Dot Voting", "Silent Writing"],
     "turn-taking"),
    ("Time-boxed", "Each speaker gets 6-8 minutes and no more", ["Dot Voting", "Round Robin"],
     "time-limit"),
    ("Each speaker gets 6-8 minutes and no more", "Time-boxed",
     ["Each person places dots on the ideas", "Ideas are written down without talking"],
     "time-limit"),
    ("타임아웃", "응답이 30초 안에 없으면 연결을 끊음", ["재시도", "서킷 브레이커"], "time-limit"),
    ("추상화", "필요한 속성과 행동만 추출하는 작업", ["캡슐화", "다형성", "상속"], "abstraction"),
    ("Abstraction", "공통된 특징을 추출해 핵심만 남김", ["Encapsulation", "Polymorphism"],
     "abstraction"),
    ("FCFS (First Come First Served)", "준비 큐에 먼저 도착한 프로세스부터 처리",
     ["SJF (Shortest Job First)", "Round Robin"], "first-in"),
    ("SJF (Shortest Job First)", "실행 시간이 가장 짧은 작업부터 처리",
     ["FCFS (First Come First Served)", "Priority Scheduling"], "shortest"),
    ("스택 (LIFO)", "나중에 들어온 데이터가 먼저 나감", ["큐", "힙"], "last-in"),
    ("Latency routing", "응답 속도가 가장 빠른 리전으로 보냄", ["Weighted routing", "Failover"],
     "latency"),
    ("Single Sign-On", "기존 자격 증명 소스에 연결", ["Transit Gateway", "Storage Gateway"],
     "authentication"),
    ("Priority Scheduling", "중요도가 높은 프로세스를 먼저 실행", ["Round Robin", "FCFS"],
     "priority"),
    ("First-Come First-Served", "The job that arrives first runs first", ["Round Robin", "SJF"],
     "first-in"),
])
def test_a_meaning_said_in_other_words_echoes(answer: str, stem: str, others: list[str],
                                              field: str) -> None:
    assert field in echoed_fields(answer, stem, others)


@pytest.mark.parametrize(("answer", "stem", "others", "field"), [
    # Bare acronyms, read as the term lists spell them out.
    ("SJF", "실행 시간이 가장 짧은 작업에 CPU를 준다", ["FCFS", "Priority"], "shortest"),
    ("FCFS", "먼저 도착한 프로세스에 CPU를 준다", ["SJF", "Priority"], "first-in"),
    ("RR", "모든 프로세스가 돌아가며 CPU를 쓴다", ["SJF", "FCFS"], "turn-taking"),
    ("LIFO", "나중에 들어온 것이 먼저 나간다", ["FIFO", "Priority"], "last-in"),
    # The stem's acronym too: the one statement of the shortest job for SJF.
    ("실행 시간이 가장 짧은 작업에 CPU를 준다", "다음 중 'SJF'에 대한 설명으로 옳은 것은?",
     ["먼저 도착한 프로세스에 CPU를 준다", "모든 프로세스가 돌아가며 CPU를 쓴다"], "shortest"),
])
def test_an_acronym_speaks_in_the_fields_of_what_it_stands_for(
        answer: str, stem: str, others: list[str], field: str) -> None:
    assert field in echoed_fields(answer, stem, others)


def test_an_acronym_among_choices_of_the_same_field_points_at_none() -> None:
    # SRTF and SJF are both the shortest first: the stem tells neither.
    assert "shortest" not in echoed_fields("SRTF", "남은 시간이 가장 짧은 작업부터",
                                           ["SJF", "FCFS"])
    # FCFS serves the first in as FIFO does ('먼저 나간다' is said of LIFO too).
    assert not echoed_fields("FIFO", "먼저 들어온 것이 먼저 나간다", ["LIFO", "FCFS"])


@pytest.mark.parametrize(("text", "field"), [
    ("The parser, which in turn calls the lexer", "turn-taking"),
    ("Each CPU cycle fetches one instruction", "turn-taking"),
    ("데이터를 차례로 처리한다", "turn-taking"),  # in order, not by turns
    ("무기한 보관", "time-limit"),  # without a time limit
    ("1분기 매출", "time-limit"),  # a quarter of the year
    ("전체의 3분의 1", "time-limit"),  # a fraction
    ("로그를 35일 동안 보관", "time-limit"),  # a retention period
    ("ETL 단계에서 값을 extract", "abstraction"),
    ("선입견 없이 읽기", "first-in"),  # a prejudice
    ("중요한 설정 파일", "priority"),  # important, not ranked
])
def test_a_word_reaching_past_the_field_is_not_in_it(text: str, field: str) -> None:
    assert field not in fields_of(text)


SCHEDULING = """# 운영체제

## CPU 스케줄링
- **FCFS**: 준비 큐에 먼저 도착한 프로세스에 CPU를 할당한다
- **SJF**: 실행 시간이 가장 짧은 작업에 CPU를 할당한다
- **RR**: 정해진 시간 동안만 실행하고 돌아가며 CPU를 넘긴다

## 자료구조
- **Heap**: 부모가 자식보다 항상 크거나 작은 완전 이진 트리
- **Deque**: 양쪽 끝에서 넣고 뺄 수 있는 구조
- **Trie**: 문자열의 글자를 한 노드씩 따라 내려가는 트리
"""


def test_a_scheduling_rule_said_in_other_words_is_not_asked_by_them() -> None:
    bank = build_bank(parse_markdown(SCHEDULING, "os.md"))
    assert bank, "the data structures are still asked"
    echoes = {"먼저 도착한": "FCFS", "가장 짧은": "SJF", "돌아가며": "RR"}
    for q in bank:
        pair = q.prompt + "\n" + q.correct_choice
        for said, name in echoes.items():
            assert not (said in pair and name in pair), q.prompt


MEETINGS = """## Meeting techniques
- **Time-boxed**: Each speaker gets 6-8 minutes and no more
- **Dot Voting**: Each person places dots on the ideas they like best
- **Silent Writing**: Ideas go on sticky notes before anyone talks
- **Fishbowl**: A few sit in an inner circle and talk while the rest listen
"""


def test_a_length_of_time_does_not_ask_the_time_box() -> None:
    bank = build_bank(parse_markdown(MEETINGS, "meetings.md"))
    assert bank, "the other techniques are still asked"
    for q in bank:
        pair = q.prompt + "\n" + q.correct_choice
        assert not ("6-8 minutes" in pair and "Time-boxed" in pair), q.prompt
