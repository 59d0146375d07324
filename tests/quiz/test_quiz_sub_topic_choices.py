"""A heading on one part of a sibling ('람다 - 동시성' beside '람다') is no thing
of the siblings' kind: never a choice among them."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.concepts import sub_topic
from bot.quiz.material import read_material
from bot.quiz.text import NoGlossary

NOTES = """### 컴퓨팅 - 기타
1. 서버리스
- 서버를 사용자가 관리할 필요가 없다는 뜻
2. 람다
- 코드를 올리기만 하면 실행되는 이벤트 기반 컴퓨팅 서비스
- 코드를 실행한 횟수와 시간으로 과금
3. 람다 - 동시성
- 예약된 동시성은 함수의 최대 실행 환경 수를 정해 둠
- 프로비저닝된 동시성은 초기화된 실행 환경을 미리 준비함
4. Elastic Beanstalk
- 웹 애플리케이션을 배포하고 운영하는 서비스
- 로드 밸런서와 오토 스케일링 그룹을 알아서 구성함
5. Batch
- 배치 컴퓨팅 작업을 Docker 컨테이너로 실행하는 서비스
- 작업 정의와 작업 대기열로 작업을 예약함
"""


def test_a_heading_on_part_of_a_sibling_is_a_sub_topic() -> None:
    material = read_material(parse_markdown(NOTES, "n.md"), NoGlossary())
    group = next(g for g in material.groups if any(c.name == "Batch" for c in g))
    by_name = {c.name: c for c in group}
    assert sub_topic(by_name["람다 - 동시성"], group)
    assert not any(sub_topic(by_name[n], group) for n in ("람다", "Elastic Beanstalk", "Batch"))


def test_a_sub_topic_is_never_a_choice() -> None:
    for q in build_bank(parse_markdown(NOTES, "n.md")):
        assert "람다 - 동시성" not in q.choices, (q.prompt, q.choices)
