"""A topic title that repeats the heading it stands under before the name its
siblings are written under ('객체 저장소 계층 표준 버킷' under '객체 저장소 계층',
beside '표준 버킷 수명 주기') is asked as that name: the heading is shown above
its questions already. A product's own name ('IAM Roles' under 'IAM') stays."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.material import read_material
from bot.quiz.text import NoGlossary

TIERS = """## 데이터 보관

### 객체 저장소 계층
1. 객체 저장소 계층 표준 버킷
- 자주 읽는 데이터를 밀리초 안에 돌려줌
- 여러 데이터 센터에 복제되어 내구성이 높음
2. 표준 버킷 수명 주기
- 일정 기간이 지난 객체를 더 싼 계층으로 옮김
3. 표준 버킷 복제
- 다른 지역의 버킷으로 객체를 비동기 복사
4. 보관 금고
- 몇 시간 뒤에 꺼낼 수 있는 저비용 보관
"""

ACCESS = """## 접근 관리

### IAM
1. IAM Roles
- 서비스가 다른 서비스를 호출할 때 맡는 권한
2. IAM Policies
- 허용하거나 거부할 동작을 적은 문서
3. Access Analyzer
- 외부에 공유된 리소스를 찾아냄
"""


def _concepts(notes: str) -> dict[str, str]:
    material = read_material(parse_markdown(notes, "n.md"), NoGlossary())
    return {c.name: c.about for group in material.groups for c in group}


def test_a_title_repeating_its_heading_is_asked_by_the_name_after_it() -> None:
    concepts = _concepts(TIERS)
    assert "객체 저장소 계층 표준 버킷" not in concepts
    assert concepts["표준 버킷"] == "객체 저장소 계층 > 표준 버킷"


def test_a_product_name_under_its_own_heading_stays_whole() -> None:
    concepts = _concepts(ACCESS)
    assert "IAM Roles" in concepts and "Roles" not in concepts
