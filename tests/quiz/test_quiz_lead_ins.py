"""A line that announces what follows it ('… 다음과 같은 권한이 포함', 'the
steps are as follows') without giving it is a lead-in, and a line that opens on
another part's number ('0. 교육 환경 구성하기를 이용해 …', a link to a lab step
after the list's own number) points at another part of the notes: neither is a
fact to ask, as a clue, a choice or a blanked sentence (blind reader). Every
note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.lead_ins import leads_in, refers_to_numbered_part

LEAD_IN_KO = ("Amazon EKS 구성 요소가 다음 태스크를 완료할 수 있도록 허용하는 "
              "다음과 같은 권한이 포함")
POLICIES_KO = f"""# 액세스 관리

## 액세스 정책

| 정책 | 설명 |
|---|---|
| ClusterAdminPolicy | 클러스터 전체에 대한 관리자 권한을 IAM 보안 주체에 부여 |
| NamespaceEditPolicy | 네임스페이스 안의 대부분의 리소스를 편집하는 권한을 부여 |
| StorageDriverPolicy | 스토리지 드라이버가 디스크를 붙이고 떼는 권한을 부여 |
| NodeManagerPolicy | {LEAD_IN_KO} |
"""

LEAD_IN_EN = "Lets the node agent complete the tasks listed below"
POLICIES_EN = f"""# Access

## Access policies

- **Orion**: grants administrator rights over the whole cluster
- **Vega**: grants rights to edit most resources in a namespace
- **Lyra**: lets a disk driver attach and detach volumes
- **Draco**: {LEAD_IN_EN}
"""

STEP_REFERENCE = "0. 교육 환경 구성하기를 이용해 기본 실습 환경 생성이 되어 있어야 합니다."
PREREQUISITES = """# 클러스터 액세스

## 사전 조건

1. [0. 교육 환경 구성하기](/00_Setup/)를 이용해 기본 실습 환경 생성이 되어 있어야 합니다.
2. [0. 교육 환경 구성하기](/00_Setup/)를 이용해 생성된 터미널에 접속한 상태여야 합니다.
3. [3. 기본 환경 생성](/03_Default/)에 VPC와 클러스터를 배포해야 합니다.

## 학습 목표

- IAM 사용자가 Kubernetes API에 인증하는 두 가지 방식을 비교한다
- 액세스 엔트리로 클러스터 권한을 부여하는 구조를 구성한다
- ConfigMap 방식에서 사용자를 매핑하는 구조를 구성한다
"""


def _shown(notes: str) -> list[str]:
    return [text for q in build_bank(parse_markdown(notes, "notes.md"))
            for text in (q.prompt, *q.choices)]


def test_a_lead_in_row_is_never_asked() -> None:
    shown = _shown(POLICIES_KO)
    assert not [t for t in shown if "다음과 같은 권한" in t]


def test_a_lead_in_definition_is_never_asked_in_english() -> None:
    shown = _shown(POLICIES_EN)
    assert shown  # the other lines are still asked
    assert not [t for t in shown if "listed below" in t]


def test_a_line_opening_on_another_steps_number_is_never_asked() -> None:
    assert not [t for t in _shown(PREREQUISITES) if "교육 환경 구성하기" in t or "3. 기본" in t]


def test_lead_ins_in_four_languages() -> None:
    for text in (LEAD_IN_KO, LEAD_IN_EN,
                 "재시작 정책은 아래와 같이 설정한다.",
                 "The steps are as follows",
                 "It grants the following permissions",
                 "設定は以下のようになる",
                 "権限は次のとおり",
                 "配置步骤如下",
                 "以下是常用的命令"):
        assert leads_in(text), text


def test_lines_that_give_what_they_announce_or_compare_are_no_lead_ins() -> None:
    for text in ("It grants the following permissions: read, write and delete",
                 "권한은 다음과 같다: 읽기, 쓰기, 삭제",
                 "Latency stays below 10 ms",
                 "Scale in when CPU drops below the threshold",
                 "1GB以下のファイルに限る",
                 "次のリクエストは別のサーバーに送られる",
                 "다음 단계로 진행하기 전에 상태를 확인한다",
                 "延迟在10毫秒以下"):
        assert not leads_in(text), text


def test_numbered_references() -> None:
    assert refers_to_numbered_part(STEP_REFERENCE)
    assert refers_to_numbered_part("See section 3 for the setup")
    assert refers_to_numbered_part("자세한 설정은 3장 참고")
    assert refers_to_numbered_part("詳細は第3章を参照")
    for text in ("1.5배 빠르다", "TLS 1.3을 지원한다", "Port 443 is used by HTTPS",
                 "1..*: total participation", "0..1: optional"):
        assert not refers_to_numbered_part(text), text
