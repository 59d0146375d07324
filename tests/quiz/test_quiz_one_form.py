"""A right choice written alone in two languages ('문맥 교환 Context Switch'
among names written once) is shown in one of them, so its look does not give
it away. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.one_form import one_form

SCHEDULING = """\
# 운영체제 정리

## 스케줄링

### 문맥 교환 Context Switch
- 실행 중인 작업의 레지스터 값을 저장하고 다음 작업의 값을 불러온다
- 잦으면 오버헤드가 커진다

### 선점형 방식
- 실행 중인 작업을 운영체제가 강제로 멈추고 다른 작업에 CPU를 준다
- 응답 시간이 짧아진다

### shortest job first
- 남은 실행 시간이 가장 짧은 작업부터 CPU를 준다
- 긴 작업이 오래 기다릴 수 있다

### round robin
- 정해진 시간 조각만큼 돌아가며 CPU를 쓴다
- 시간 조각이 너무 크면 선입선출과 같아진다

### 기아 상태
- 우선순위가 낮은 작업이 오랫동안 CPU를 받지 못한다
- 에이징으로 우선순위를 올려 해결한다
"""


def test_a_name_written_twice_is_shown_once_when_it_is_the_answer() -> None:
    bank = build_bank(parse_markdown(SCHEDULING, "os.md"))
    asked = [q for q in bank if "레지스터 값을 저장" in q.prompt]
    assert asked
    for q in asked:
        assert q.correct_choice in ("문맥 교환", "Context Switch")
        assert "- 문맥 교환 Context Switch — " not in q.explanation  # the lesson follows


def test_which_half_is_kept() -> None:
    # Among English names the English half; among Korean or mixed ones, the Korean.
    assert one_form("페이지 폴트 Page Fault", ["Victim Page", "Page Replacement"]) == "Page Fault"
    assert one_form("페이지 폴트 Page Fault", ["페이지 교체", "victim page"]) == "페이지 폴트"
    assert one_form("スレッド Thread", ["プロセス", "コルーチン"]) == "スレッド"
    # Not one name twice: an acronym beside a Korean word names one thing.
    assert one_form("IAM 역할", ["보안 그룹", "정책"]) == "IAM 역할"
    mixed = "논리 주소 Page Fault"
    assert one_form(mixed, ["페이지 교체", "victim page"]) == mixed
    # Every choice written twice: none stands out.
    assert one_form("스레드 Thread", ["프로세스 Process", "코루틴 Coroutine"]) == "스레드 Thread"


def test_a_wrong_choice_written_twice_is_shown_once_too() -> None:
    bank = build_bank(parse_markdown(SCHEDULING, "os.md"))
    assert bank
    assert not any("문맥 교환 Context Switch" in q.choices for q in bank)
