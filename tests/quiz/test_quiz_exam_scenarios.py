"""Lines that are no facts of the topic, taken from exam questions copied into
the notes (blind rounds other-60493 Q9-Q12, Q32 and other-13579 Q5, Q7):

- an exam question's options and its scenario ('## 13.' / '회사는 … 1분 연기해야
  합니다.' / '… 다음 중 무엇입니까?' / '- 지연 대기열을 사용하여 … 1분 연기합니다'):
  only one option is right, the figures are the story's;
- a scenario sentence anywhere ('여러분은 ELB 하나에 EC2 인스턴스 10개로 …',
  'A company keeps 500 GB of logs …');
- a figure in an instruction ('컨테이너를 2개 생성해라', 'Provision 100 GB …');
- a list of terms nested under an item that the notes list again elsewhere
  (restart policies under the pod phase 'Failed').

Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes import blocks
from bot.notes.loader import parse_markdown
from bot.notes.scenes import sets_a_scene
from bot.quiz.bank import build_bank
from bot.quiz.question import Question


def _bank(text: str) -> tuple[Question, ...]:
    return build_bank(parse_markdown(text, "notes.md"))


def _texts(bank: tuple[Question, ...]) -> list[str]:
    return [text for q in bank for text in (q.prompt, *q.choices, q.explanation)]


# Facts enough beside the exam questions for the bank to ask something.
KO_FACTS = """# SQS 정리

## 표준 대기열
- 메시지를 최소 한 번 전달하며 순서를 보장하지 않는 대기열
- 초당 처리량에 제한이 거의 없다

## FIFO 대기열
- 메시지를 보낸 순서대로 정확히 한 번 전달하는 대기열
- 초당 최대 300건의 API 호출을 지원한다

## 지연 대기열
- 새 메시지를 대기열에 넣은 뒤 일정 시간 소비자에게 보이지 않게 하는 대기열
- 지연 시간은 최대 15분까지 설정할 수 있다
"""

KO_EXAM = KO_FACTS + """
## 13.
데이터 분석 회사에서 SQS 대기열을 사용하고 있습니다. 회사는 특정 메시지 배달을 1분 연기해야 합니다.
회사에 제안할 솔루션은 다음 중 무엇입니까?
- 제한 시간 초과를 사용하여 특정 메시지를 대기열에 1분 전달하는 것을 연기합니다.
- 지연 대기열을 사용하여 특정 메시지를 대기열에 전달하는 것을 1분 연기합니다.
- 배달 못한 편지 대기열을 사용하여 특정 메시지 전달을 1분 연기합니다.

## 14.
당신은 날씨 모니터링 시스템을 갖춘 회사에서 근무하고 있습니다.
이 문제를 어떻게 해결해야 합니까?
- 처음에 배치 그룹당 12개의 인스턴스로 제한되므로 용량 증가 요청을 제출합니다.
- 다른 배치 그룹을 만들고 새 그룹에서 새 인스턴스를 시작합니다.
- 실행중인 모든 인스턴스의 크기와 유형이 동일한 지 확인합니다.
"""

EN_EXAM = """# Queues

## Standard queue
- Delivers each message at least once and may deliver out of order
- Supports a nearly unlimited number of calls per second

## FIFO queue
- Delivers each message exactly once in the order it was sent
- Supports up to 300 API calls per second per action

## Delay queue
- Hides each new message from consumers for a set time after it is sent
- The delay can be set to at most 15 minutes

## Question 7
A company runs an order pipeline on SQS with 40 consumers.
Which of the following postpones one message by 2 minutes?
- Use a visibility timeout to delay the message by 2 minutes.
- Use a delay queue to delay every message by 2 minutes.
- Use a message timer to delay the message by 2 minutes.
"""


@pytest.mark.parametrize("notes, words", [
    (KO_EXAM, ["1분", "12개의 인스턴스", "회사에 제안할", "다른 배치 그룹"]),
    (EN_EXAM, ["2 minutes", "40 consumers", "visibility timeout"]),
])
def test_exam_options_and_scenario_are_no_facts(notes: str, words: list[str]) -> None:
    bank = _bank(notes)
    assert bank, "the notes around the exam still make questions"
    texts = _texts(bank)
    assert not [t for t in texts for w in words if w in t]


def test_without_the_exam_reading_the_options_are_asked(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # (The rule above is what drops them: read as notes, an option is a blank.)
    monkeypatch.setattr(blocks, "exam_lines", lambda lines, fenced: {})
    assert any("1분" in t for t in _texts(_bank(KO_EXAM)))


def test_an_interview_question_over_its_answers_stays() -> None:
    # A question over bullets that answer it, with no sign of options: notes.
    notes = KO_FACTS + """
## 캐시
왜 캐시를 사용할까?
- 자주 읽는 데이터를 메모리에 두어 응답 시간을 줄인다
- 데이터베이스로 가는 요청 수를 줄여 부하를 낮춘다
- 같은 결과를 다시 계산하지 않아 비용을 아낀다
"""
    assert any("응답 시간을 줄인다" in t for t in _texts(_bank(notes)))


SCENE_NOTES_KO = """# 로드 밸런서

## ELB
- 여러분은 ELB 하나에 EC2 인스턴스 10개로 웹 사이트를 실행 중 입니다.
- 교차 영역 로드 밸런싱으로 모든 AZ의 인스턴스에 고르게 분산한다
- 상태 확인 간격은 기본 30초이다

## ALB
- 7계층에서 HTTP 요청의 경로와 호스트로 라우팅한다
- 대상 그룹으로 Lambda 함수도 등록할 수 있다
"""

SCENE_NOTES_EN = """# Load balancers

## ELB
- A company keeps 500 GB of access logs for 90 days.
- Cross-zone load balancing spreads traffic evenly across every zone
- The default health check interval is 30 seconds

## ALB
- Routes HTTP requests by path and host at layer 7
- Lambda functions can be registered as targets
"""


@pytest.mark.parametrize("notes, figure", [(SCENE_NOTES_KO, "10개"),
                                           (SCENE_NOTES_EN, "90 days")])
def test_a_scenario_sentence_is_no_blank(notes: str, figure: str) -> None:
    bank = _bank(notes)
    assert bank
    assert not [t for t in _texts(bank) if figure in t or ("___" in t and "logs" in t)]


@pytest.mark.parametrize("line", [
    "회사는 대기열에 특정 메시지 배달을 1분 연기해야 합니다.",
    "여러분은 ELB 하나에 EC2 인스턴스 10개로 웹 사이트를 실행 중 입니다.",
    "전자상거래 회사의 DevOps팀은 몇 가지 유지 관리 작업을 수행하려고 합니다.",
    "A company runs 10 EC2 instances behind an ALB.",
    "You are a solutions architect at a bank.",
    "オンプレミスで運用している企業がAWSへ移行します。",
    "一家公司正在使用 10 台服务器。",
])
def test_scenes(line: str) -> None:
    assert sets_a_scene(line)


@pytest.mark.parametrize("line", [
    "기업은 클라우드로 비용을 절감할 수 있습니다",
    "데이터 모델링 과정이 전 조직에 걸쳐 이루어지며 기능을 지원한다",
    "You are charged per second of use.",
    "A company that needs low latency picks a nearby region",
    "컨테이너는 격리되어 있습니다",
    "企業はクラウドでコストを削減できる",
])
def test_facts_are_no_scenes(line: str) -> None:
    assert not sets_a_scene(line)


IMPERATIVE_KO = """# 쿠버네티스

## 선언형
- 쿠버네티스는 목표 상태를 제시하는 선언형 시스템이다
- 컨테이너를 2개 생성해라 (Imperative)
- 기본 종료 유예기간은 30초이다

## 명령형
- 명령을 통해 원하는 작업을 하나씩 수행하는 방식이다
- 대부분의 프로그램과 서비스가 이 방식으로 수행된다
"""

IMPERATIVE_EN = """# Kubernetes

## Declarative
- Kubernetes is told the desired state, not the steps
- Provision 100 GB of storage for each container (imperative)
- The default termination grace period is 30 seconds

## Imperative
- Each command tells the system one action to take
- Most programs and services work this way
"""


@pytest.mark.parametrize("notes, command", [(IMPERATIVE_KO, "생성해라"),
                                            (IMPERATIVE_EN, "Provision ___")])
def test_a_figure_in_an_instruction_is_no_blank(notes: str, command: str) -> None:
    bank = _bank(notes)
    clozes = [q for q in bank if q.kind == "cloze"]
    assert clozes, "the grace period is still asked"
    assert not [q for q in clozes if command in q.prompt or "생성해라" in q.prompt]


POD_PHASES = """# 쿠버네티스

## 파드의 라이프 사이클
- Pending : 파드가 노드에 배치되어 아직 실행되지 않은 단계
- Running : 파드가 노드에서 실행 중인 단계
- Failed : 컨테이너가 비정상 종료된 경우
    - 컨테이너의 재시작 정책으로 인해 해당 상태가 자주 관찰 되지는 않음
    - Always : 항상 종료된 컨테이너를 재시작 함
    - OnFailure : 실패한 컨테이너를 재시작 함
    - Never : 컨테이너를 재시작 하지 않음
- Succeeded : 모든 컨테이너가 정상적으로 종료된 상태

## 재시작 정책
- Always : 종료된 컨테이너를 항상 재시작 하며 모든 컨테이너가 상시 실행되어야 할 때
- OnFailure : 실패 컨테이너만 재시작 하며 작업 후 종료가 가능할 때
- Never : 종료된 컨테이너를 재시작 하지 않으며 종료 상태를 보고 별도로 처리할 때
"""


def test_terms_listed_elsewhere_are_no_clue_of_the_item_above_them() -> None:
    bank = _bank(POD_PHASES)
    failed = [q for q in bank if q.choices[q.answer] == "Failed"]
    assert not [q for q in failed if "재시작 함" in q.prompt or "하지 않음" in q.prompt]


def test_a_list_of_the_items_own_values_stays_its_clue() -> None:
    # Written only under its item, the list is the item's own (its options).
    own = POD_PHASES.split("## 재시작 정책")[0].replace(
        "    - 컨테이너의 재시작 정책으로 인해 해당 상태가 자주 관찰 되지는 않음\n", "")
    from bot.notes.model import Fact
    from bot.quiz.material import term_of
    from bot.quiz.sub_terms import defines_others, term_places
    deck = parse_markdown(own, "notes.md")
    places = term_places(deck.topics(), term_of)
    failed: Fact = next(f for t in deck.topics() for f in t.all_facts()
                        if f.text.startswith("Failed"))
    assert not defines_others(failed, term_of, places)
    deck = parse_markdown(POD_PHASES, "notes.md")
    places = term_places(deck.topics(), term_of)
    failed = next(f for t in deck.topics() for f in t.all_facts() if f.text.startswith("Failed"))
    assert len(defines_others(failed, term_of, places)) == 3
