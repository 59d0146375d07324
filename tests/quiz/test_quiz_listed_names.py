"""Which siblings a name question may offer and which lines it may show:
- a heading the deck's glossary lists as the spelling of a thing names that
  thing, though its shape reads like a sentence ('…람다') or a heading of key
  points ('… 포인트');
- a sibling that is the answer's kind (its notes list the answer, and the
  answer's definition calls it by that kind) is never its distractor;
- a line saying only that something gets hard is the problem, not the thing;
  one saying one needs no servers or infrastructure is a merit of any service;
- '단일' says *one* ('One Zone'); the vendor's acronym in a breadcrumb says
  nothing of a name."""

from __future__ import annotations

from bot.notes.glossary import Glossary
from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.concepts import fair_siblings
from bot.quiz.gloss import gives_away, shown_senses
from bot.quiz.material import Concept, Material, read_material
from bot.quiz.qualities import claims_hands_off, states_a_problem
from bot.quiz.text import NoGlossary

FEATURES = """### 객체 스토리지 부가 기능
1. 객체 잠금
- 정해진 기간 동안 특정 객체 버전이 지워지지 않도록 막음
2. 객체 스토리지 액세스 포인트
- 버킷 하나에 진입점을 여러 개 만들어 진입점마다 다른 권한을 붙임
3. 오브젝트 람다
- 객체를 돌려주기 직전에 함수로 내용을 고쳐서 전달
4. 객체 스토리지 퍼포먼스
- 접두사를 나누면 초당 요청 수를 늘릴 수 있음
- 멀티파트 업로드로 큰 파일을 나눠 올림
5. 업로드 가속 옵션
- 엣지 로케이션을 거쳐 먼 리전의 버킷으로 빠르게 올림
- 멀티파트 업로드와 함께 쓸 수 있음
"""
LISTED = Glossary.from_mapping({"Access Point": ["객체 스토리지 액세스 포인트"],
                                "Object Lambda": ["오브젝트 람다"],
                                "Storage Performance": ["객체 스토리지 퍼포먼스"],
                                "Transfer Acceleration": ["업로드 가속 옵션"]})


def _named(material: Material) -> set[str]:
    return {c.name for g in material.groups for c in g if c.named}


def test_a_name_the_glossary_lists_names_a_thing() -> None:
    named = _named(read_material(parse_markdown(FEATURES, "n.md"), LISTED))
    assert {"객체 잠금", "객체 스토리지 액세스 포인트", "오브젝트 람다"} <= named
    # Listed under an aspect ('Performance'): still an aspect of a thing.
    assert "객체 스토리지 퍼포먼스" not in named
    # A heading of a list of options, filed under one thing for search: a list.
    assert "업로드 가속 옵션" not in named


def test_without_the_glossary_the_shape_decides() -> None:
    named = _named(read_material(parse_markdown(FEATURES, "n.md"), NoGlossary()))
    assert "오브젝트 람다" not in named
    assert "객체 스토리지 액세스 포인트" not in named


COMPUTE = """### 컴퓨팅 서비스
1. 서버리스
- 서버를 사용자가 운영하지 않아도 되는 방식을 부르는 말
- 대표적인 서버리스 서비스
\t- 펑션, 파게이트
2. 펑션
- 이벤트가 들어오면 코드를 실행하는 서버리스 컴퓨팅 서비스
- 실행 시간과 호출 횟수만큼 과금
- 한 번 실행은 최대 15분까지 가능
3. 빈스톡
- 웹 애플리케이션을 올리고 운영하는 서비스
- 로드 밸런서와 오토 스케일링 그룹을 알아서 만들어 줌
4. 배치 작업
- 배치 작업을 도커 컨테이너로 실행하는 서비스
- 작업 정의와 작업 대기열로 작업을 예약함
"""


def _group(material: Material, name: str) -> tuple[Concept, dict[str, Concept]]:
    group = next(g for g in material.groups if any(c.name == name for c in g))
    by_name = {c.name: c for c in group}
    return by_name[name], by_name


def test_the_answers_kind_is_no_fair_sibling() -> None:
    material = read_material(parse_markdown(COMPUTE, "n.md"), NoGlossary())
    lam, by_name = _group(material, "펑션")
    group = list(by_name.values())
    assert "서버리스" not in {o.name for o in fair_siblings(lam, group, material)}
    assert "펑션" not in {o.name for o in fair_siblings(by_name["서버리스"], group, material)}
    # 빈스톡 is not serverless by these notes: both stay its rivals.
    rivals = {o.name for o in fair_siblings(by_name["빈스톡"], group, material)}
    assert {"서버리스", "펑션"} <= rivals


def test_no_question_offers_a_kind_beside_its_member() -> None:
    bank = build_bank(parse_markdown(COMPUTE, "n.md"))
    asked = [q for q in bank if q.correct_choice in ("서버리스", "펑션")]
    assert asked, "the member is still asked, among the others"
    for q in asked:
        assert not {"서버리스", "펑션"} <= set(q.choices), (q.prompt, q.choices)


PROBLEM = """### 스토리지 관리
1. 액세스 지점
- 버킷을 쓰는 팀과 데이터가 늘어날수록 권한 관리하기가 어려워짐
2. 수명 주기 규칙
- 정해진 날짜가 지나면 객체를 더 싼 클래스로 옮기거나 지움
- 규칙은 접두사나 태그로 범위를 정함
3. 복제 규칙
- 다른 리전의 버킷으로 새 객체를 비동기로 복사함
- 두 버킷 모두 버전 관리를 켜야 함
4. 인벤토리 보고서
- 버킷 안 객체 목록과 메타데이터를 매일 CSV 파일로 내보냄
- 암호화 상태와 복제 상태도 함께 기록함
"""


def test_a_difficulty_is_no_clue() -> None:
    assert states_a_problem("버킷을 쓰는 팀과 데이터가 늘어날수록 권한 관리하기가 어려워짐")
    assert states_a_problem("Managing hundreds of policies becomes difficult")
    assert not states_a_problem("여러 팀이 쓰는 버킷의 권한을 진입점마다 나눠 관리")
    for q in build_bank(parse_markdown(PROBLEM, "n.md")):
        assert "어려워짐" not in q.prompt, (q.prompt, q.choices)


HOSTING = """### 배포 서비스
1. 빈스톡
- 사용자가 직접 인프라를 구성할 필요가 없고 애플리케이션 코드만 올리면 됨
- 인프라에 대한 지식이 없어도 웹 애플리케이션 배포 가능
2. 펑션
- 이벤트가 오면 짧은 코드를 실행하고 호출 횟수로 과금
- 한 번 실행은 최대 15분까지 가능
3. 배치 작업
- 대기열에 쌓인 작업을 도커 컨테이너로 차례로 실행
- 작업 정의에 필요한 vCPU와 메모리를 적어 둠
4. 라이트세일
- 월 고정 요금으로 가상 머신과 고정 IP를 묶어서 제공
- 작은 웹사이트나 블로그를 띄우는 용도
"""


def test_needing_no_infrastructure_is_a_merit_not_a_clue() -> None:
    assert claims_hands_off("인프라에 대한 지식이 없어도 웹 애플리케이션 배포 가능")
    assert claims_hands_off("Run code without provisioning or managing servers")
    assert not claims_hands_off("한 번 실행은 최대 15분까지 가능")
    assert not claims_hands_off("용량 계획을 세울 필요가 없음")
    bank = build_bank(parse_markdown(HOSTING, "n.md"))
    assert any(q.kind == "name" for q in bank), "the other services are still asked"
    for q in bank:
        assert "인프라" not in q.prompt, (q.prompt, q.choices)


def test_one_said_in_korean_gives_away_one_zone() -> None:
    # 단일 AZ -> *One* Zone: the stem translates the answer's name.
    assert gives_away("Amazon S3 One Zone - Infrequent Access",
                      "단일 AZ에만 저장해서 그 AZ가 사라지면 데이터도 사라짐",
                      ["Amazon S3 Standard", "Amazon S3 Glacier Deep Archive"])


def test_the_vendors_acronym_in_a_breadcrumb_shows_nothing() -> None:
    assert not shown_senses("AWS Regions", "Getting started with AWS")
    assert shown_senses("AWS Regions", "Regions and zones") == {"region"}


BALANCERS = """### 트래픽 분산
1. 로드 분산기
- 들어오는 트래픽을 여러 대상에 나눠 보내는 관리형 서비스
- 종류
\t- 웹 로드 분산기 : HTTP 요청을 경로와 헤더로 나눔
\t- 전송 로드 분산기 : TCP와 UDP 연결을 그대로 넘김
\t- 장비 로드 분산기 : 방화벽 장비 앞에서 트래픽을 나눔
2. 웹 로드 분산기
- 7계층에서 경로와 호스트 이름으로 요청을 나눔
- 대상 그룹으로 컨테이너의 동적 포트를 등록함
3. 전송 로드 분산기
- 4계층에서 초당 수백만 건의 연결을 처리함
- 가용 영역마다 고정 IP를 하나씩 가짐
4. 장비 로드 분산기
- 3계층에서 GENEVE 프로토콜로 패킷을 넘김
- 투명 전송 로드 분산기처럼 모든 트래픽을 방화벽 장비로 보냄
"""


def test_members_of_one_umbrella_are_peers() -> None:
    material = read_material(parse_markdown(BALANCERS, "n.md"), NoGlossary())
    answer, by_name = _group(material, "전송 로드 분산기")
    fair = {o.name for o in fair_siblings(answer, list(by_name.values()), material)}
    # 장비 로드 분산기's notes name 전송 로드 분산기, yet 로드 분산기 lists both.
    assert {"웹 로드 분산기", "장비 로드 분산기"} <= fair
    assert "로드 분산기" not in fair


def test_what_is_hard_of_the_thing_itself_stays_a_clue() -> None:
    # A limit of the thing, not a problem it is the answer to.
    assert not states_a_problem("수평 확장이 어려움")
    assert not states_a_problem("Schema changes are hard on large tables")
