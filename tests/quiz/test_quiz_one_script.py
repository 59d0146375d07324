"""A name alone in its script among the choices ('컨테이너' among 'Virtual
Machine', 'Bare Metal') is picked by its look; when the deck's glossary spells
it in the others' script, the choice is shown so. Every note here is written
for the test."""

from __future__ import annotations

from bot.notes.glossary import Glossary
from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.one_script import one_script, spelling_names

RUNTIMES = """\
# 인프라 정리

## 실행 환경

### 컨테이너
- 호스트 커널을 공유하며 프로세스 단위로 격리된다
- 이미지 하나로 수 초 안에 여러 개를 띄울 수 있다

### Virtual Machine
- 하이퍼바이저 위에서 게스트 운영체제를 통째로 부팅한다
- 부팅에 수십 초가 걸리고 메모리를 많이 쓴다

### Bare Metal
- 가상화 계층 없이 물리 서버를 한 고객이 독점한다
- 하드웨어 성능을 손실 없이 그대로 쓴다

### Unikernel
- 애플리케이션과 필요한 라이브러리만 묶어 단일 주소 공간 이미지로 만든다
- 공격 표면이 매우 작다
"""


def _about_containers(glossary: Glossary) -> list[tuple[str, ...]]:
    bank = build_bank(parse_markdown(RUNTIMES, "infra.md"), glossary)
    return [q.choices for q in bank if q.kind == "name" and "호스트 커널" in q.prompt]


def test_a_hangul_name_among_english_ones_is_shown_by_its_english_name() -> None:
    asked = _about_containers(Glossary.from_mapping({"Container": ["컨테이너"]}))
    assert asked
    assert all("Container" in choices and "컨테이너" not in choices for choices in asked)
    # Without a spelling in the others' script, the lone Hangul name stands out
    # and the question is not asked.
    assert not _about_containers(Glossary())


def test_which_spelling_is_shown() -> None:
    glossary = Glossary.from_mapping({
        "Region": ["리전", "지역", "Regions"],
        "Queue": ["대기열"],
        "security group": ["보안그룹"],
        "Container": ["컨테이너"],
    })
    with spelling_names(glossary):
        # Among Hangul names, the Hangul that writes the English name out, not
        # the translation ('지역').
        assert one_script("가용영역", ["Regions", "엣지 로케이션"]) == \
            ("가용영역", ["리전", "엣지 로케이션"])
        # Only a translation in Hangul: left as it is.
        assert one_script("스택", ["Queue", "힙"]) == ("스택", ["Queue", "힙"])
        # A lower-case canonical is capitalised among capitalised names; among
        # names of both cases it would stand out either way: left as it is.
        assert one_script("보안그룹", ["NACL", "Route Table"]) == \
            ("Security Group", ["NACL", "Route Table"])
        assert one_script("보안그룹", ["NACL", "route table"]) == \
            ("보안그룹", ["NACL", "route table"])
        assert one_script("보안그룹", ["acl", "route table"]) == \
            ("security group", ["acl", "route table"])
        # Two choices in the odd script: no one stands alone.
        assert one_script("컨테이너", ["보안그룹", "Bare Metal", "Unikernel"]) == \
            ("컨테이너", ["보안그룹", "Bare Metal", "Unikernel"])
        assert one_script("컨테이너", ["Bare Metal", "Unikernel"]) == \
            ("Container", ["Bare Metal", "Unikernel"])
    # Outside a bank build nothing changes.
    assert one_script("컨테이너", ["Bare Metal", "Unikernel"]) == \
        ("컨테이너", ["Bare Metal", "Unikernel"])
