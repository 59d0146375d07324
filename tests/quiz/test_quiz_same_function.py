"""A line saying one thing does what another does ('NAT 게이트웨이는 NAT
인스턴스와 동일한 기능을 수행하지만 …', 'serves the same function as',
'と同じ機能', '相同的功能') likens the two as a whole: what the notes say one
does, the other does too, so neither is offered as the other's wrong choice
(likeness.likened_to, read by concepts._likened). Every note here is written
for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.likeness import likened_to

NOTES = """# 네트워크 주소 변환

## 장비 종류

### NAT 인스턴스
NAT를 통해 프라이빗 서버에서 인터넷으로 나가는 연결은 가능하지만 반대 방향은 불가능하다.

사용자가 직접 운영체제 패치와 보안 그룹을 관리해야 한다.

### NAT 게이트웨이
NAT 게이트웨이는 NAT 인스턴스와 동일한 기능을 수행하지만 관리형이라 패치가 필요 없다.

특정 가용 영역 안에서 중복 구현되어 생성된다.

### 인터넷 게이트웨이
VPC 안의 퍼블릭 서브넷이 인터넷과 양방향으로 통신하게 해 주는 구성 요소이다.

라우트 테이블에 기본 경로로 등록해서 사용한다.
"""


def test_doing_the_same_job_is_a_likeness() -> None:
    line = "NAT 게이트웨이는 NAT 인스턴스와 동일한 기능을 수행하지만 관리형이다."
    assert likened_to(line, "NAT 인스턴스")
    assert likened_to("An ALB serves the same function as a CLB for HTTP", "CLB")
    assert likened_to("ゲートウェイはNATインスタンスと同じ機能を持つ", "NATインスタンス")
    assert likened_to("网关与NAT实例相同的功能", "NAT实例")
    assert not likened_to("NAT 게이트웨이와 인터넷 게이트웨이를 함께 사용한다", "NAT 게이트웨이")


def test_the_one_does_not_stand_as_the_others_wrong_choice() -> None:
    for q in build_bank(parse_markdown(NOTES, "notes.md")):
        if q.kind in ("name", "pair", "blank"):
            assert not {"NAT 인스턴스", "NAT 게이트웨이"} <= set(q.choices), (q.prompt, q.choices)
