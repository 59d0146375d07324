"""Headings that set two things side by side, however the notes dress them: a
number before, a word for 'comparison' after ('3. 캐시 vs 버퍼 비교'), or two
sub-headings under a heading that joins their names ('Spot and On-Demand')."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.pair_titles import names_both, vs_names

TABLE = """# 메모리 계층

## 3. 캐시 vs 버퍼 비교

| 구분 | 캐시 | 버퍼 |
|------|------|------|
| 목적 | 자주 쓰는 데이터 재사용 | 속도 차이 흡수 |
| 위치 | CPU 가까이 | 장치 사이 |
| 교체 | 교체 정책 필요 | 순서대로 비움 |
"""


def test_a_numbered_vs_heading_with_a_comparing_word_names_its_two_columns() -> None:
    asked = [q for q in build_bank(parse_markdown(TABLE, "n.md")) if q.kind == "versus"]
    assert asked
    for q in asked:
        # The side is '버퍼', not '버퍼 비교': the stem reads as a sentence.
        assert "비교에" not in q.prompt and "비교에만" not in q.prompt
    by_answer = {q.correct_choice for q in asked}
    assert by_answer & {"목적: 자주 쓰는 데이터 재사용", "위치: CPU 가까이", "목적: 속도 차이 흡수",
                        "위치: 장치 사이"}


def test_vs_names_drop_the_number_and_the_comparing_word() -> None:
    assert vs_names("3. 프로세스 vs 스레드 비교") == ["프로세스", "스레드"]
    assert vs_names("TCP vs UDP の違い") == ["TCP", "UDP"]
    assert vs_names("SQL vs NoSQL comparison") == ["SQL", "NoSQL"]
    assert vs_names("进程 vs 线程的区别") == ["进程", "线程"]
    assert vs_names("Caching strategies") == []


def test_a_heading_joining_two_names_pairs_exactly_those_names() -> None:
    assert names_both("Spot and On-Demand", "On-Demand", "Spot")
    assert names_both("스팟과 온디맨드", "스팟", "온디맨드")
    assert names_both("4. 동시성 vs 병렬성", "동시성", "병렬성")
    assert not names_both("Spot and On-Demand", "Spot", "Reserved")
    assert not names_both("Pricing", "Spot", "On-Demand")


PAIRED = """# Compute

## Spot and On-Demand

### Spot

- 남는 용량을 경매 방식으로 할당
- 2분 전 중단 알림을 받음
- 배치 작업처럼 끊겨도 되는 일에 적합

### On-Demand

- 약정 없이 초 단위로 과금
- 언제든 시작하고 멈출 수 있음
- 예측할 수 없는 단기 작업에 적합

이 둘 말고 장기 약정 할인이 필요하면 다른 옵션을 본다.
"""


def test_two_sub_headings_under_a_heading_joining_their_names_are_compared() -> None:
    asked = [q for q in build_bank(parse_markdown(PAIRED, "n.md")) if q.kind == "versus"]
    assert asked
    for q in asked:
        assert q.prompt.startswith("Spot and On-Demand\n")
        # The paragraph after the bullets is the author's aside, on neither side.
        assert not any("약정 할인" in c for c in q.choices)


SIDEWAYS = """# 메모리 계층

## Q1. 캐시와 버퍼는 어떻게 다른가요?

| 항목 | 캐시 | 버퍼 |
|------|------|------|
| 목적 | 자주 쓰는 데이터 재사용 | 속도 차이 흡수 |
| 위치 | CPU 가까이 | 장치 사이 |
| 교체 | 교체 정책 필요 | 순서대로 비움 |
"""


def test_a_sideways_table_of_two_columns_compares_them_under_any_heading() -> None:
    asked = [q for q in build_bank(parse_markdown(SIDEWAYS, "n.md")) if q.kind == "versus"]
    assert asked
    assert all("캐시에만 해당하고 버퍼에는" in q.prompt or "버퍼에만 해당하고 캐시에는" in q.prompt
               for q in asked)


# A Chinese table headed 对比项 ('items compared'): the same sideways comparison.
SIDEWAYS_ZH = """# 存储介质

### 总结

| 对比项 | 机械硬盘 | 固态硬盘 |
|--------|----------|----------|
| 读写方式 | 磁头移动寻道 | 闪存芯片寻址 |
| 抗震能力 | 怕摔怕震 | 不怕震动 |
| 单位容量价格 | 便宜 | 较贵 |
"""


def test_a_chinese_sideways_table_headed_by_items_compared_is_compared() -> None:
    asked = [q for q in build_bank(parse_markdown(SIDEWAYS_ZH, "n.md")) if q.kind == "versus"]
    assert asked
    assert all("机械硬盘" in q.prompt and "固态硬盘" in q.prompt for q in asked)


def test_a_heading_asking_how_two_differ_names_them_without_vs() -> None:
    assert vs_names("캐시와 버퍼의 차이점은?") == ["캐시", "버퍼"]
    assert vs_names("Difference between Stack and Queue") == ["Stack", "Queue"]
    assert vs_names("スタックとキューの違い") == ["スタック", "キュー"]
    # A word that ends on 과 joins nothing; three names are no pair; a
    # heading that only joins two names does not say it compares them.
    assert vs_names("처리 결과 비교") == []
    assert vs_names("캐시, 버퍼와 큐의 차이") == []
    assert vs_names("Spot and On-Demand") == []


ASKED_DIFFERENCE = """# 네트워크 질문

## 라우터와 스위치의 차이점은?

라우터

- 네트워크 사이를 잇는다
- IP 주소로 경로를 정한다

스위치

- 한 네트워크 안의 장비를 잇는다
- MAC 주소로 프레임을 넘긴다
"""


def test_sides_under_a_heading_asking_their_difference_are_compared() -> None:
    asked = [q for q in build_bank(parse_markdown(ASKED_DIFFERENCE, "n.md"))
             if q.kind == "versus"]
    by_answer = {q.correct_choice: q for q in asked}
    assert "IP 주소로 경로를 정한다" in by_answer
    assert "MAC 주소로 프레임을 넘긴다" in by_answer
    assert "라우터에만" in by_answer["IP 주소로 경로를 정한다"].prompt
