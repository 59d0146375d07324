"""'Service' is a word names are built with ('Service controller', 'Service Not
Accessible'): it points at nothing while every choice has it, but when the
answer alone has it, a stem that says it (service, 서비스, サービス, 服务)
names the answer as surely as any other word would. Every note here is
written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.notes.model import SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.build import rejection
from bot.quiz.gloss import gives_away
from bot.quiz.question import Question
from bot.quiz.scripts import listed_filler_shown

CONTROLLERS = ["Node controller", "Route controller"]


@pytest.mark.parametrize("stem", [
    "외부 서비스를 위한 부하 분산기를 만들고 지움",  # Korean: 서비스 is 'service' in Hangul
    "Creates a load balancer for each exposed service",
    "公開するサービスごとに負荷分散装置を作る",  # Japanese katakana
])
def test_service_alone_in_the_answer_is_a_giveaway(stem: str) -> None:
    assert gives_away("Service controller", stem, CONTROLLERS)


def test_service_in_every_choice_points_at_none() -> None:
    others = ["Service mesh", "Service account"]
    assert not gives_away("Service controller", "외부 서비스를 위한 부하 분산기", others)


def test_the_vendor_is_no_such_word() -> None:
    # Notes write the vendor on one name and not the next: 'Amazon' in the stem
    # names every choice's maker.
    assert not gives_away("Amazon Kinesis", "Amazon에서 실시간 스트림을 모으는 곳",
                          ["Redshift", "Athena"])


def test_chinese_service_word() -> None:
    assert listed_filler_shown("Service Endpoint", "按服务名称建立私有连接",
                               ["Gateway Endpoint", "Interface Endpoint"])
    assert not listed_filler_shown("Service Endpoint", "按名称建立私有连接",
                                   ["Gateway Endpoint", "Interface Endpoint"])


def _question(prompt: str, choices: tuple[str, ...]) -> Question:
    return Question(id="q", kind="name", section="s", topic="t", concept="c",
                    prompt=prompt, choices=choices, answer=0, explanation="e",
                    source=SourceRef(file="f.md", line=1), source_hash="h")


def test_the_last_check_reads_every_kind() -> None:
    choices = ("Service Not Reachable", "Volume Not Mounting", "Image Not Pulling")
    asked = "Which one does this describe?\n- "
    assert rejection(_question(asked + "Verify the service has endpoints", choices)) \
        == "filler shown"
    assert rejection(_question(asked + "Check that the endpoints exist", choices)) \
        != "filler shown"


CLUSTER = """\
# 클러스터 메모

## 클라우드 컨트롤러

클라우드와 대화하는 컨트롤러는 다음과 같습니다:

- Node controller: 응답이 없는 노드가 클라우드에서 지워졌는지 확인
    - 노드의 레이블과 호스트 이름을 클라우드에서 가져옴
- Route controller: 클라우드 네트워크에 경로를 설정
    - 파드끼리 통신할 수 있도록 라우팅 테이블을 채움
- Service controller: 클라우드 부하 분산기를 만들고 지움
    - 외부 서비스를 위한 로드 밸런서 배포와 IP 주소 할당을 맡음
"""


def test_a_clue_saying_service_is_not_asked_for_service_controller() -> None:
    bank = build_bank(parse_markdown(CLUSTER, "cluster.md"))
    assert bank  # the other lines are still asked
    for q in bank:
        assert not ("서비스" in q.prompt and q.correct_choice == "Service controller")
