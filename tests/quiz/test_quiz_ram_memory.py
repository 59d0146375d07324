"""RAM is random access memory: a line that calls it a memory ('작업 중인 데이터를
올려 두는 메모리') names it, in either direction of a match question. Every
note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank

PARTS_KO = """# 컴퓨터 구조

## 하드웨어

### 주요 부품
- **CPU**: 명령어를 해석하고 산술 논리 연산을 수행
- **RAM**: 실행 중인 프로그램과 데이터를 올려 두는 휘발성 메모리
- **SSD**: 전원이 꺼져도 파일이 남는 플래시 저장 장치
- **GPU**: 그래픽 렌더링과 대규모 병렬 연산 처리
"""

PARTS_EN = """# Computer parts

## Hardware

### Main parts
- **CPU**: decodes instructions and does arithmetic and logic
- **RAM**: volatile memory that holds running programs and their data
- **SSD**: flash storage that keeps files with the power off
- **GPU**: renders graphics and runs massively parallel work
"""


@pytest.mark.parametrize(("text", "name"), [(PARTS_KO, "ko.md"), (PARTS_EN, "en.md")])
def test_a_line_calling_ram_a_memory_is_no_question_on_it(text: str, name: str) -> None:
    bank = build_bank(parse_markdown(text, name))
    matches = [q for q in bank if q.kind == "match"]
    assert matches, "the other parts are still asked"
    for q in matches:
        assert q.correct_choice != "RAM", q.prompt
        assert "'RAM'" not in q.prompt, q.prompt
