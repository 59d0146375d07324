"""A line that likens its subject to another thing ('X와 마찬가지로 …', 'As with
X, …', 'Xと同様に…', '与X一样…'), and the line it leads in to, is true of X too:
X is never its wrong choice. A form's empty slot ('≪ blank ≫', 'TBD') and a
note's metadata ('Expected Time: 10-12 minutes') say nothing: no clue nor
choice. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.model import Fact, SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.likeness import led_in_by_likeness, likens, metadata, placeholder
from bot.quiz.material import is_statement
from bot.quiz.question import Question


def _bank(text: str) -> tuple[Question, ...]:
    return build_bank(parse_markdown(text, "notes.md"))


def _texts(bank: tuple[Question, ...]) -> list[str]:
    return [text for q in bank for text in (q.prompt, *q.choices)]


def _line(text: str, line: int = 1, kind: str = "bullet") -> Fact:
    return Fact(text=text, source=SourceRef(file="notes.md", line=line), kind=kind)


KO_NOTES = """# 쿠버네티스

## 컨트롤 플레인

### job-scheduler

job-scheduler는 작업을 실행할 노드를 고르는 컨트롤 플레인 구성 요소입니다.
job-scheduler는 노드의 남은 자원과 제약 조건을 보고 배치를 정합니다.

### disk-manager

disk-manager는 디스크를 붙이고 떼는 일을 맡는 컨트롤 플레인 구성 요소입니다.
job-scheduler와 마찬가지로, disk-manager도 여러 루프를 하나의 프로세스로 묶어 실행합니다.
장애를 견디기 위해 여러 복사본을 동시에 띄워 두는 수평 확장이 가능합니다.
"""

EN_NOTES = """# Storage

## Block stores

### Volume Service

Volume Service keeps disk blocks for one virtual machine at a time.
Volume Service is billed for the size provisioned, used or not.

### Snapshot Store

Snapshot Store keeps point-in-time copies of whole disks for restores.
As with Volume Service, Snapshot Store copies every block into three zones.
Losing a whole zone loses no written data, thanks to the three copies.
"""


def test_a_line_led_in_by_a_likening_is_no_clue_against_the_thing_likened() -> None:
    for notes, shared in ((KO_NOTES, "수평 확장"), (EN_NOTES, "Losing a whole zone")):
        bank = _bank(notes)
        assert bank  # (the rest of the notes still asks)
        assert not [t for t in _texts(bank) if shared in t]


def test_a_paragraph_line_after_a_plain_line_stays() -> None:
    plain = EN_NOTES.replace("As with Volume Service, Snapshot Store copies",
                             "Snapshot Store copies")
    assert any("Losing a whole zone" in t for t in _texts(_bank(plain)))


def test_likenings_in_four_languages() -> None:
    for text in ("job-scheduler와 마찬가지로 수평 확장이 가능하다",
                 "로드 밸런서처럼 트래픽을 나눈다",
                 "S3와 같이 객체 단위로 저장한다",
                 "As with S3, objects are copied into three zones",
                 "Like EBS, it keeps blocks for one machine",
                 "It works like a queue between the two services",
                 "same as the primary, it answers reads",
                 "similar to NAT, it rewrites the source address",
                 "Lambdaと同様にサーバーを管理しない",
                 "キューのように順番に処理する",
                 "与TCP一样提供可靠传输",
                 "和UDP类似，不建立连接"):
        assert likens(text), text
        assert not is_statement(_line(text)), text
    for text in ("Volume Service keeps disk blocks for one machine",
                 "스냅샷은 변경된 블록만 저장한다",
                 "I like this service",
                 "두 VPC를 마치 같은 네트워크인 것처럼 연결한다",
                 "같은 네트워크처럼 동작하게 함",
                 "リモートのディスクをローカルにあるかのように使う",
                 "変更されたブロックだけを保存する",
                 "只保存变化的数据块"):
        assert not likens(text), text


def test_a_likening_leads_in_to_its_next_paragraph_line_and_its_children() -> None:
    lead = _line("S3와 마찬가지로 내구성이 높다", 3, "text")
    next_line = _line("세 곳에 복사본을 둔다", 4, "text")
    after_gap = _line("버전 관리를 지원한다", 6, "text")
    child = _line("자동으로 복구된다", 8)
    parent = Fact(text="EBS와 비슷하게 블록 단위로 저장", source=SourceRef(file="notes.md", line=7),
                  children=(child,))
    led = led_in_by_likeness([lead, next_line, after_gap, parent])
    assert led == {id(next_line), id(child)}


def test_a_placeholder_is_no_fact() -> None:
    for text in ("≪ blank ≫", "_≪ blank ≫_", "<blank>", "(blank)", "TBD", "TODO", "N/A",
                 "-", "...", "빈칸", "없음", "空", "なし"):
        assert placeholder(text), text
    for text in ("blank lines split paragraphs", "none of the nodes answer", "空き容量を確認する"):
        assert not placeholder(text), text
    assert not is_statement(_line("Hostname: ≪ blank ≫"))


def test_a_placeholder_description_is_never_shown() -> None:
    notes = """# Monitoring

## Health check form

- Target type: choose an address or a domain name for the checker
- Protocol: the checker speaks HTTP, HTTPS or plain TCP to the target
- Hostname: _≪ blank ≫_
- Request interval: the checker sends a request every thirty seconds by default
- Failure threshold: the number of failed checks before the target is unhealthy
"""
    bank = _bank(notes)
    assert [q for q in bank if q.kind == "match"]
    assert not [t for t in _texts(bank) if "blank" in t]


def test_metadata_is_no_fact() -> None:
    for text in ("Expected Time: 10-12 minutes", "**Expected Time**: 3-5 minutes",
                 "Difficulty: Medium", "Author: Kim", "Date: 2024-03-01",
                 "소요 시간: 30분", "난이도: 중", "作成日: 2024年3月1日", "所要時間：15分",
                 "预计时间：20分钟", "难度：中等"):
        assert metadata(text), text
        assert not is_statement(_line(text)), text
    for text in ("Time: O(n log n) for every lookup", "응답 시간: 10ms 이내로 보장",
                 "Retention: 35 days for automated backups"):
        assert not metadata(text), text
