"""A heading that points to other reading ('참고 2. 백업 구성 예', 'See also',
'References', '参考', 'Appendix A') is the author's aside: its title is never a
choice nor an answer, though the lines under it may still be asked."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.notes.model import SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.build import assemble
from bot.quiz.naming import is_label, is_pointer

# Written for this test: a glossary whose author adds numbered asides.
GLOSSARY = """# 클라우드 용어

## 용어 모음

1. 오토 스케일링
    - 부하에 따라 서버 대수를 자동으로 늘리고 줄이는 기능
    - 정해 둔 최소와 최대 대수 안에서 조정

2. 로드 밸런서
    - 들어오는 요청을 여러 서버에 고르게 나누어 보내는 장치
    - 응답하지 않는 서버로는 요청을 보내지 않음

3. 스냅샷
    - 특정 시점의 디스크 상태를 그대로 떠 둔 사본
    - 디스크를 이전 상태로 되돌릴 때 사용

4. 가상 사설망
    - 회사 네트워크와 클라우드를 암호화된 터널로 잇는 연결
    - 공용 인터넷 위에서 사설 통신처럼 동작

### 참고 1. 백업 구성 예
- 매일 밤 스냅샷을 떠서 다른 리전에 복사
- 복사본은 삼십 일 동안 보관

### 참고 2. 서버 배치 예
- 웹 서버는 퍼블릭 서브넷, DB 서버는 프라이빗 서브넷에 둠
- 관리용 접속은 가상 사설망으로만 허용
"""


@pytest.mark.parametrize("text", [
    "참고 2. 서버 배치 예", "참고 1. 백업 구성 예", "참고", "참고: 공식 문서", "참고 자료",
    "References", "See also", "See also: RFC 1918", "Further reading", "Appendix A",
    "参考", "参考文献", "参照", "参照：公式ドキュメント", "부록 A. 명령어",
])
def test_a_pointer_heading_is_a_label(text: str) -> None:
    assert is_pointer(text)
    assert is_label(text)


@pytest.mark.parametrize("text", [
    "Reference Architecture", "Reference counting", "Referential integrity", "참조 무결성",
    "参照整合性", "参照透過性", "Sources and sinks",
])
def test_a_name_opening_on_such_a_word_stays_a_name(text: str) -> None:
    assert not is_pointer(text)


def test_a_pointer_heading_is_never_a_choice() -> None:
    bank = build_bank(parse_markdown(GLOSSARY, "glossary.md"))
    assert bank, "the glossary's terms are still asked"
    for q in bank:
        for choice in q.choices:
            assert not choice.startswith("참고"), (q.prompt, q.choices)



def _snapshot_question(wrong: list[str]) -> object:
    return assemble("name", sources=["스냅샷: 특정 시점의 디스크 사본"], section="용어 모음",
                    topic="스냅샷", concept="스냅샷", context="용어 모음",
                    body="다음 설명에 해당하는 것은?\n- 특정 시점의 디스크 상태를 떠 둔 사본",
                    correct="스냅샷", wrong=wrong, explanation="스냅샷 — 디스크 사본",
                    source=SourceRef(file="g.md", line=12))


def test_a_pointer_heading_offered_as_a_choice_is_not_asked() -> None:
    # However a kind came to take the aside for a name, the last gate drops it.
    made = _snapshot_question(["로드 밸런서", "오토 스케일링", "참고 2. 서버 배치 예"])
    assert made == "gate: pointer choice"
    fine = _snapshot_question(["로드 밸런서", "오토 스케일링", "가상 사설망"])
    assert not isinstance(fine, str), fine
