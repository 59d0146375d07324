"""How much weight an exam or a course gives a thing ('관련 내용이 비중있게
다뤄진다', '빈출', 'heavily tested', '試験によく出る', '这是考点') is the
author's view of what to study: never a clue, a blank line or an option. A
weight the thing itself has ('읽기 요청의 비중이 높다', 'heavily influenced
by …') stays a fact. Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.material import is_remark

STORAGE = """# 스토리지 공부

### 자주 보는 서비스
- 블록 스토리지 : 인스턴스에 붙여 쓰는 디스크 볼륨
  - 블록 스토리지는 기본이라 관련 문제가 비중있게 다뤄진다
  - 스냅샷으로 특정 시점을 백업한다
- 객체 스토리지 : 키로 객체를 저장하고 꺼내는 저장소
  - 버전 관리로 지운 객체를 되살린다
  - 수명 주기 규칙으로 오래된 객체를 옮긴다
- 파일 스토리지 : 여러 인스턴스가 함께 마운트하는 공유 파일 시스템
  - 여러 가용 영역에서 동시에 마운트한다
  - 사용한 만큼 용량이 자라고 줄어든다
"""


def test_an_exam_weight_remark_is_no_clue_blank_or_option() -> None:
    bank = build_bank(parse_markdown(STORAGE, "storage.md"))
    assert bank
    for question in bank:
        text = "\n".join([question.prompt, *question.choices])
        assert "비중있게" not in text, question


@pytest.mark.parametrize(("text", "remark"), [
    ("큐는 기본 구성 요소라서 관련 내용이 비중있게 다루어집니다.", True),
    ("블록 스토리지는 기본이라 관련 문제가 비중있게 다뤄진다", True),
    ("별표를 붙인 항목은 빈출 개념", True),
    ("자주 나오는 개념이니 꼭 외워두기", True),
    ("이 부분은 정말 중요합니다", True),
    ("개념을 이해하는 것이 가장 중요", True),
    ("Object storage is heavily tested", True),
    ("Lifecycle rules come up a lot", True),
    ("Retention windows are frequently tested", True),
    ("試験によく出るポイント", True),
    ("頻出問題なので押さえる", True),
    ("この部分はとても重要", True),
    ("这是考点", True),
    ("常考：主从复制的延迟", True),
    ("这部分很重要", True),
    # A weight or importance the thing itself has stays a fact.
    ("이 서비스에서는 읽기 요청의 비중이 더 높다", False),
    ("지연 시간이 처리량보다 더 중요하다", False),
    ("아주 중요한 결제 데이터에는 쓰지 않는다", False),
    ("클라이언트는 키를 반드시 알아야 한다", False),
    ("Build time is heavily influenced by cache hits", False),
    ("接続エラーがよく出る場合はタイムアウトを延ばす", False),
    ("負荷試験で性能を確かめる", False),
    ("重点检查慢查询日志", False),
    ("写入顺序很重要", False),
])
def test_weight_remarks_in_every_language(text: str, remark: bool) -> None:
    assert is_remark(text) is remark
