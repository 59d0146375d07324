"""Labels that number the author's alternatives, and keys filled in under numbered items.

- 'Pattern B', 'Option 2', '방법 1', 'パターンA', '方案一': a generic word and an
  enumerator name none of the alternatives. After a colon the author may name
  it ('Option 2: Signed URLs'): that name is the choice; a description there
  leaves the heading no choice at all.
- '- Unit: …' written after '1. …', again after '2. …' and '3. …', even when the
  bullets are not indented under the items, is a slot each item fills in.
"""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.naming import is_label, name_after_label
from bot.quiz.question import Question


def _bank(markdown: str) -> list[Question]:
    return build_bank(parse_markdown(markdown, "notes.md"))


def _choices(questions: list[Question]) -> set[str]:
    return {c for q in questions for c in q.choices}


HOSTING = """# Image hosting notes
## Serving files
### Static website endpoint
- serves an index document and an error document from the bucket
- answers over plain HTTP only, with no TLS on the endpoint
### {heading}
- the bucket keeps Block Public Access switched on
- each link carries an expiry time and a signature
### Object versioning
- keeps every earlier copy of an object after an overwrite
- protects data from accidental deletes by users
### Lifecycle rules
- move objects to colder storage classes after thirty days
- expire noncurrent copies after a year
"""


def test_an_enumerated_label_before_a_description_is_never_a_choice() -> None:
    heading = "Pattern B: Private bucket behind a CDN with signed access for members"
    choices = _choices(_bank(HOSTING.format(heading=heading)))
    assert "Static website endpoint" in choices, "the other headings are still asked"
    assert not [c for c in choices if "Pattern" in c or "Private bucket" in c]


def test_the_name_after_an_enumerated_label_is_the_choice() -> None:
    choices = _choices(_bank(HOSTING.format(heading="Option 2: Signed URLs")))
    assert "Signed URLs" in choices
    assert not [c for c in choices if "Option" in c]


def test_enumerated_labels_in_several_languages() -> None:
    for label in ("Pattern A", "Case 1", "Scenario 3", "Step 4", "Example B", "Method 1",
                  "방법 1", "케이스 2", "예시 3", "유형 A", "パターンA", "方案一",
                  "方法1"):
        assert is_label(label), label
    for name in ("Control Plane", "Plane", "Layer 7", "RAID 5", "Type 2 hypervisor", "Type 1",
                 "Phase 1", "S3"):
        assert not is_label(name), name
    assert name_after_label("Option 2", " Gateway Endpoint") == "Gateway Endpoint"
    assert name_after_label("Route 53", " DNS service") is None


LAYERS = """# Network model
## Layers one by one
1. 물리 계층
   > 신호를 매체에 싣는다

- 전송 단위: 비트, 전기 신호로 보낸다
- 케이블과 허브가 이 계층의 장비
- 배선 규격: 커넥터 핀 배치와 전압 수준을 정한다

2. 데이터링크 계층

- 전송 단위: 프레임, 주소는 MAC
- 스위치가 이 계층의 장비
- 오류 검출: 프레임 끝의 체크섬으로 손상을 찾는다

3. 네트워크 계층

- 전송 단위: 패킷, 주소는 IP
- 라우터가 이 계층의 장비
- 경로 선택: 목적지까지 갈 길을 고른다

4. 전송 계층

- 전송 단위: 세그먼트, 주소는 포트
- 종단 간 전달 : 보내는 프로세스에서 받는 프로세스까지 데이터를 옮긴다
"""


def test_a_key_filled_in_after_three_numbered_items_is_never_a_choice() -> None:
    choices = _choices(_bank(LAYERS))
    assert "종단 간 전달" in choices, "a term written once among the items stays"
    assert "전송 단위" not in choices
