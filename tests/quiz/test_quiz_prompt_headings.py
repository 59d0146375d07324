"""An exam or interview prompt set as a heading ('FCFS 스케줄링에 대해
설명하세요', 'Explain …', '…について説明せよ', '简述…') is a task for the reader,
never a name to offer as a choice."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.heading_forms import titles_a_role

NOTES = """# CPU 스케줄링

## FCFS 스케줄링에 대해 설명하세요.
- 먼저 도착한 프로세스를 먼저 처리하는 비선점 방식
- 긴 작업 뒤에 짧은 작업이 오래 기다리는 호위 효과가 생김

## SJF 스케줄링에 대해 설명하세요.
- 실행 시간이 가장 짧은 프로세스를 먼저 처리
- 긴 작업이 계속 밀리는 기아 현상이 생길 수 있음

## RR 스케줄링에 대해 설명하세요.
- 정해진 타임 슬라이스만큼 돌아가며 CPU를 할당
- 타임 슬라이스가 너무 작으면 문맥 교환 비용이 커짐

## 우선순위 스케줄링에 대해 설명하세요.
- 우선순위가 높은 프로세스에 CPU를 먼저 할당
- 에이징으로 오래 기다린 프로세스의 우선순위를 높임
"""


def test_prompt_headings_are_never_choices() -> None:
    for q in build_bank(parse_markdown(NOTES, "os.md")):
        assert not any("설명하세요" in c for c in q.choices), q.choices


def test_prompts_in_each_language_and_names_that_only_look_alike() -> None:
    for prompt in ("Explain the TCP handshake", "ACIDについて説明せよ", "简述TCP三次握手",
                   "请解释MVCC", "RR 스케줄링에 대해 설명하세요."):
        assert titles_a_role(prompt), prompt
    for name in ("FCFS 스케줄링", "Description", "解释器", "解释执行", "说明书", "描述符",
                 "비교 연산자", "describe-instances"):
        assert not titles_a_role(name), name
