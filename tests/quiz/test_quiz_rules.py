"""Each quality rule of the generator, pinned with a small deck that would break it."""

from __future__ import annotations

from quiz_decks import make_deck

from bot.notes.glossary import Glossary
from bot.notes.model import Deck, Fact, Section, SourceRef, Topic
from bot.quiz.bank import build_bank, sample
from bot.quiz.grading import is_correct, parse_choice
from bot.quiz.material import read_material
from bot.quiz.negation import not_questions
from bot.quiz.question import Question
from bot.quiz.text import near_duplicate

SERVICES = {
    "데이터베이스": {
        "Aurora": ["오로라는 MySQL과 PostgreSQL 호환 데이터베이스",
                   "마스터 외에 읽기 복제본을 15개까지 생성 가능",
                   "스토리지가 128TB 까지 자동으로 증가"],
        "Redshift": ["데이터 웨어하우스 서비스", "대량의 정형 데이터를 분석하는 용도"],
        "DynamoDB": ["키-값 NoSQL 데이터베이스", "10밀리 초 미만의 응답 시간 제공"],
        "Neptune": ["그래프 데이터베이스 서비스", "노드들의 관계로 이루어진 데이터 저장"],
    }
}


def _all_nots(spec: dict, glossary: Glossary | None = None) -> list[Question]:
    """Every NOT question the generator would ask, whatever else covers the topic."""
    return not_questions(read_material(make_deck(spec), glossary or Glossary()))


def _names(bank: tuple[Question, ...], answer: str) -> list[Question]:
    return [q for q in bank if q.kind == "name" and q.correct_choice == answer]


def test_alias_of_the_answer_never_stands_in_the_stem() -> None:
    glossary = Glossary.from_mapping({"Aurora": ["오로라"]})
    bank = build_bank(make_deck(SERVICES), glossary)
    asked = _names(bank, "Aurora")
    assert asked, "Aurora should still be asked from its other facts"
    assert all("오로라" not in q.prompt for q in asked)
    # (Without the glossary 오로라 is read as a transliteration of Aurora as well.)


def test_parts_of_an_x_y_name_never_stand_in_the_stem() -> None:
    deck = make_deck({"EC2": {
        "Elastic Network Interfaces (ENI)": ["ENI 추가 생성 및 이동 가능",
                                             "장애 시 다른 인스턴스로 옮겨 IP를 유지",
                                             "사설 IPv4 주소와 보안 그룹을 가짐"],
        "Placement Group": ["인스턴스 배치 방식을 제어", "하드웨어 분산 전략 선택"],
        "Hibernate": ["RAM 상태를 보존", "부팅 속도 개선"],
    }})
    # (Shown without its aside, which no other choice has.)
    asked = _names(build_bank(deck), "Elastic Network Interfaces")
    assert asked
    assert all("ENI" not in q.prompt for q in asked)


def test_two_syllable_piece_leaks_unless_every_distractor_shares_it() -> None:
    deck = make_deck({"EC2": {"구매 옵션": [
        ("스팟 인스턴스", ["스팟블록 사용 가능", "인스턴스 고장에 회복력이 있을 때 적합",
                     "온디맨드에 비해 최대 90% 할인"]),
        ("예약 인스턴스", ["1년 혹은 3년 약정", "사용량이 일정한 애플리케이션에 적합"]),
        ("온디맨드 인스턴스", ["사용한 만큼 비용 지불", "장기 약정 없음"]),
    ]}})
    asked = _names(build_bank(deck), "스팟 인스턴스")
    assert asked
    for q in asked:
        assert "스팟" not in q.prompt
        # '인스턴스' is in every choice, so it may stand in the stem.
        assert all("인스턴스" in c for c in q.choices)
    assert any("인스턴스 고장" in q.prompt for q in asked)


def test_duplicate_topics_merge_before_distractors() -> None:
    deck = make_deck({"데이터베이스": {
        "RDS": ["완전 관리형 관계형 데이터베이스", "SSH 액세스는 불가능"],
        "Aurora": ["128TB 까지 자동으로 증가", "6개의 사본을 3개의 AZ에 저장"],
        "ElastiCache": ["Redis 또는 Memcached 관리", "인메모리 캐시",
                        "노드에 SSH 액세스는 언제든 가능"],
        "RDS ": ["읽기 전용 복제본 지원", "다중 AZ 구성 가능"],
    }})
    rds_facts = {"완전 관리형 관계형 데이터베이스", "SSH 액세스는 불가능", "읽기 전용 복제본 지원",
                 "다중 AZ 구성 가능"}
    nots = [q for q in not_questions(read_material(deck, Glossary())) if q.concept == "rds"]
    assert nots
    assert all(q.correct_choice not in rds_facts for q in nots)
    for q in build_bank(deck):
        assert len({c.strip() for c in q.choices}) == len(q.choices)


def test_near_duplicates_respect_numbers_and_negation() -> None:
    assert near_duplicate("KMS 사용해서 암호화 가능", "KMS를 사용해서 암호화 가능")
    assert not near_duplicate("동기식 복제", "비동기식 복제")
    assert not near_duplicate("가용성 99.9%", "가용성 99.99%")
    deck = make_deck({"RDS": {"RDS": [REPLICATION]}})
    nots = [q for q in build_bank(deck) if q.kind == "not" and "다중 AZ에" in q.prompt]
    assert [q.correct_choice for q in nots] == [ASYNC]
    # The fact it contradicts is not shown beside it: the pair would give it away.
    assert all(SYNC not in q.choices for q in nots)


SYNC = "마스터와 대기 인스턴스 사이를 동기식 복제"
ASYNC = "마스터와 복제본 사이를 비동기식 복제"
REPLICATION = ("RDS", [
    ("다중 AZ", [SYNC, "재해 복구에 사용", "장애 시 자동으로 대기 인스턴스로 전환"]),
    ("읽기 전용 복제본", [ASYNC, "읽기 성능을 크게 향상", "리전 간 생성 가능"]),
    ("프록시", ["데이터베이스 연결 풀 공유", "IAM 인증 강제"]),
])


CONTEXT = {"클래식 아키텍처": {
    "WhatIsTheTime": ["공용 EC2 인스턴스 t2.micro 사용", "탄력적 IP 주소 연결",
                      "따라서 Route 53 활성화 필요", "-> 위 2개 혼합해서 사용",
                      "예, 버킷 액세스 변경 로그"],
    "MyClothes": ["장바구니를 세션에 저장", "ElastiCache로 세션 데이터 조회"],
    "MyWordPress": ["이미지를 EFS에 저장", "Aurora MySQL로 교체"],
}}


def test_bullets_that_lean_on_the_previous_line_are_skipped() -> None:
    bank = build_bank(make_deck(CONTEXT))
    assert bank
    for q in bank:
        shown = q.prompt + "\n".join(q.choices)
        assert "따라서" not in shown and "위 2개" not in shown and "예, 버킷" not in shown


def test_sub_heading_bullets_are_neither_choices_nor_clues() -> None:
    deck = make_deck({"스토리지": {"EFS": [
        "네트워크 파일 시스템",
        ("성능 모드 옵션", ["범용 모드 : 지연시간에 민감한 사용 사례",
                       "I/O 모드 : 처리량 최대화, 병렬성 높음",
                       "최대 모드 : 처리량과 지연 시간의 균형"]),
        "사용사례",
        "리눅스 기반 AMI와만 호환",
    ]}})
    bank = build_bank(deck)
    assert any(q.kind == "match" for q in bank)
    for q in bank:
        assert all("옵션" not in c and c != "사용사례" for c in q.choices)
        assert "- 사용사례" not in q.prompt


def test_options_are_all_of_one_kind_of_name() -> None:
    deck = make_deck({"EC2": {"EC2 유형": [
        ("범용 인스턴스", ["웹서버와 코드 저장소에 적합", "컴퓨팅과 메모리의 균형"]),
        ("메모리 최적화 인스턴스", ["인메모리 데이터베이스에 사용", "대규모 데이터셋 처리"]),
        ("스토리지 최적화 인스턴스", ["OLTP 시스템에 사용", "로컬 스토리지 대량 액세스"]),
        ("Graviton", ["ARM 기반 프로세서", "가격 대비 성능 우수"]),
    ]}})
    bank = build_bank(deck)
    named = [q for q in bank if q.kind == "name"]
    assert named
    for q in named:
        if q.correct_choice != "Graviton":
            assert "Graviton" not in q.choices


def test_stem_shows_breadcrumb_and_explanation_teaches_every_choice() -> None:
    bank = build_bank(make_deck(SERVICES))
    assert bank
    for q in bank:
        assert q.prompt.startswith(q.breadcrumb + "\n")
        assert q.breadcrumb.startswith("데이터베이스")
        assert q.source.file == "notes.md"
        # No file:line for members, and no second "정답" line: the reply says it.
        assert "notes.md:" not in q.explanation and "정답" not in q.explanation
        if q.kind == "name":
            lines = q.explanation.splitlines()
            assert [line.split(" — ")[0] for line in lines] == [f"- {c}" for c in q.choices]
            wrong = [line for line in lines if not line.startswith(f"- {q.correct_choice} ")]
            assert all(" — " in line for line in wrong)  # each wrong one with its fact


def test_topic_is_not_in_the_breadcrumb_when_it_is_the_answer() -> None:
    for q in build_bank(make_deck(SERVICES)):
        if q.kind == "name":
            assert q.correct_choice not in q.prompt


def test_same_notes_same_ids_and_an_edit_changes_only_its_questions() -> None:
    first = build_bank(make_deck(SERVICES))
    assert [q.to_json() for q in first] == [q.to_json() for q in build_bank(make_deck(SERVICES))]
    edited_spec = {"데이터베이스": dict(SERVICES["데이터베이스"])}
    edited_spec["데이터베이스"]["Redshift"] = ["데이터 웨어하우스 서비스", "페타바이트 규모 분석"]
    edited = build_bank(make_deck(edited_spec))
    touched = {q.id for q in first if "대량의 정형 데이터" in q.prompt + q.correct_choice}
    assert touched
    assert {q.id for q in first} - {q.id for q in edited} == touched


def test_choice_order_is_seeded_by_the_question() -> None:
    bank = build_bank(make_deck(SERVICES))
    again = build_bank(make_deck(SERVICES))
    assert [q.choices for q in bank] == [q.choices for q in again]
    assert len({q.answer for q in bank}) > 1


def test_a_deck_without_siblings_yields_no_questions_and_no_error() -> None:
    deck = make_deck({"단독": {"외로운 주제": ["설명 하나", "설명 둘"]}})
    assert build_bank(deck) == ()
    assert sample((), 5, 1) == ()


def test_sample_is_the_same_for_the_same_seed() -> None:
    bank = build_bank(make_deck(SERVICES))
    assert sample(bank, 3, 7) == sample(bank, 3, 7)
    everything = sample(bank, 100, 7)
    assert len({q.id for q in everything}) == len(everything)
    # A question left out of a sample asking for more than the bank holds is
    # one a picked question on the same line answers (a name question printing
    # the figure a cloze blanks).
    for q in bank:
        if q not in everything:
            assert any(set(q.facts) & set(p.facts) for p in everything), q.prompt


def test_grading() -> None:
    q = build_bank(make_deck(SERVICES))[0]
    assert is_correct(q, q.answer)
    assert not is_correct(q, (q.answer + 1) % len(q.choices))
    assert not is_correct(q, 99)
    assert parse_choice("b", 4) == 1 and parse_choice("3", 4) == 2
    assert parse_choice("E", 4) is None and parse_choice("x", 4) is None


LOAD_BALANCERS = {"ELB 및 ASG": {
    "ELB (일라스틱 로드 밸런서)": ["트래픽을 여러 인스턴스에 분산", "ALB, NLB, GWLB 제공",
                              "보안 규칙을 적용하여 보안 강화"],
    "ALB (애플리케이션 로드 밸런서)": ["HTTP 요청의 URL 경로 기반 라우팅",
                                   "마이크로서비스와 컨테이너에 적합"],
    "NLB (네트워크 로드 밸런서)": ["TCP, UDP 트래픽 처리", "초당 수백만 건 처리"],
    "GWLB (게이트웨이 로드 밸런서)": ["방화벽, 침입탐지 장비 앞에 배치", "GENEVE 프로토콜 사용"],
    "SSL": [],
}}


def test_an_umbrella_that_lists_the_answer_is_no_distractor() -> None:
    bank = build_bank(make_deck(LOAD_BALANCERS))
    asked = _names(bank, "ALB (애플리케이션 로드 밸런서)")
    assert asked
    assert all("ELB (일라스틱 로드 밸런서)" not in q.choices for q in asked)
    # Nor is ALB's statement used as the false one about ELB.
    for q in (*bank, *not_questions(read_material(make_deck(LOAD_BALANCERS), Glossary()))):
        if q.kind == "not" and q.concept == "elb":  # key of "ELB (일라스틱 로드 밸런서)"
            assert q.correct_choice not in {"HTTP 요청의 URL 경로 기반 라우팅",
                                            "마이크로서비스와 컨테이너에 적합"}


def test_a_topic_the_notes_do_not_describe_is_no_distractor() -> None:
    assert all("SSL" not in q.choices for q in build_bank(make_deck(LOAD_BALANCERS)))


def test_bare_list_items_and_dangling_definitions_are_not_statements() -> None:
    deck = make_deck({"DynamoDB": {"DynamoDB": [
        ("읽기 일관성", ["최종적 일관된 읽기 : 최근 쓰기를 반영하지 못할 수 있음",
                     "강력한 일관된 읽기 : 있음", "읽기 요청마다 선택 가능"]),
        ("용량 모드", ["온디맨드 모드", "프로비전드 모드"]),
        ("TTL", ["항목별 만료 시점을 정의", "지정된 타임스탬프가 지나면 자동 삭제",
                 "항목은 만료 후에도 읽기 요청에 나타나지 않음"]),
        ("글로벌 테이블", ["리전 간 복제", "모든 리전에서 읽기/쓰기 가능",
                     "항목은 만료 후에도 읽기 요청에 계속 나타남"]),
    ]}})
    bank = (*build_bank(deck), *not_questions(read_material(deck, Glossary())))
    assert any(q.kind == "not" for q in bank)
    for q in bank:
        assert "강력한 일관된 읽기 : 있음" not in q.choices
        assert "- 강력한 일관된 읽기 : 있음" not in q.prompt
        if q.kind == "not":
            assert q.correct_choice not in {"온디맨드 모드", "프로비전드 모드"}
            assert "용량 모드에" not in q.prompt


def test_a_part_of_a_service_is_not_merged_with_the_service() -> None:
    glossary = Glossary.from_mapping({"AWS Organizations": ["Organizations"]})
    deck = make_deck({"거버넌스": {
        "AWS Organizations": ["여러 계정을 중앙에서 관리", "글로벌 서비스"],
        # (not "서비스 제어 정책": that spells SCP out, a giveaway)
        "Organizations - SCP": ["계정이 쓸 수 있는 권한의 상한을 정함", "OU 단위에 적용 가능"],
        "CloudTrail": ["API 활동을 이벤트로 기록", "로그 파일 무결성 검증"],
        "AWS Config": ["리소스 구성 변경 기록", "규정 준수 평가"],
    }})
    bank = build_bank(deck, glossary)
    assert _names(bank, "Organizations - SCP")


def test_an_aside_that_names_the_answer_is_dropped_from_the_clue() -> None:
    # Only the acronym: the spelled-out alias "text to speech" would make the clue
    # a translation of the answer, which the giveaway check drops as a whole.
    glossary = Glossary.from_mapping({"Polly": ["TTS"]})
    deck = make_deck({"머신러닝": {
        "Polly": ["텍스트를 음성으로 변환하는 서비스 (TTS)", "수십 가지 언어의 목소리로 읽어 줌"],
        "Textract": ["스캔 문서에서 문자와 양식 추출"],
        "Rekognition": ["이미지와 비디오에서 얼굴 탐지"],
        "Comprehend": ["텍스트에서 회사 이름 같은 항목 찾기"],
    }})
    [q] = _names(build_bank(deck, glossary), "Polly")
    assert "텍스트를 음성으로 변환하는 서비스" in q.prompt and "TTS" not in q.prompt
    assert "(TTS)" in q.explanation  # the explanation still quotes the notes as written


def test_multi_word_alias_leaks_as_a_phrase() -> None:
    glossary = Glossary.from_mapping({"Forecast": ["시계열 추정"]})
    deck = make_deck({"머신러닝": {
        "Forecast": ["비즈니스 지표를 위한 시계열 추정 서비스",
                     "과거 판매량으로 다음 달 수요 산출"],
        "Textract": ["스캔 문서에서 문자와 양식 추출"],
        "Rekognition": ["이미지와 비디오에서 얼굴 탐지"],
    }})
    assert _names(build_bank(deck, glossary), "Forecast") == []
    assert _names(build_bank(deck, Glossary()), "Forecast")


def test_a_vendor_prefix_on_some_choices_only_is_dropped() -> None:
    deck = make_deck({"EKS": {"노드 유형": [
        ("EKS 관리형 노드 그룹", ["사용자가 보안 및 업데이트 일부를 설정"]),
        ("자체관리형 노드", ["사용자가 직접 노드를 생성하고 관리"]),
        ("AWS Fargate", ["서버리스 방식으로 노드 관리를 AWS에서 전부 담당"]),
        # (a second Latin name: the only one in its language would stand out)
        ("Karpenter", ["클러스터 오토스케일러 대신 노드를 빠르게 늘림"]),
    ]}})
    asked = [q for q in build_bank(deck) if q.kind == "name" and "서버리스" in q.prompt]
    assert asked
    for q in asked:
        assert q.correct_choice == "Fargate"
        assert not any(c.startswith("AWS ") for c in q.choices)


def test_a_single_clue_that_half_fits_a_distractor_is_not_asked() -> None:
    deck = make_deck({"인프라": {
        "리전": ["데이터 센터의 집합"],
        "가용영역": ["하나 또는 두 개의 데이터센터로 구성", "리전마다 여러 개 존재"],
        "엣지 로케이션": ["전 세계 400개가 넘는 전송 지점", "콘텐츠 전송 지연 감소"],
    }})
    assert _names(build_bank(deck), "리전") == []


def test_a_figure_that_looks_like_a_slip_is_never_shown() -> None:
    deck = make_deck({"S3": {"스토리지 클래스": [
        ("S3 Standard", ["내구성 99.9999999%", "가용성 99.99%", "자주 액세스하는 데이터"]),
        ("S3 Standard-IA", ["가용성 99.9%", "자주 액세스하지 않는 데이터", "검색 비용 발생"]),
        ("S3 One Zone-IA", ["가용성 99.5%", "단일 AZ에 저장", "재생성 가능한 데이터"]),
    ]}})
    bank = build_bank(deck)
    assert any(q.kind == "cloze" and q.correct_choice == "99.99%" for q in bank)
    for q in bank:
        assert "99.9999999%" not in q.prompt + " ".join(q.choices)


def test_names_are_shown_whole_never_cut_by_the_breadcrumb() -> None:
    # 'IAM Roles' cut to 'Roles' under the section 'IAM' reads as a heading of
    # the notes; the whole name would leak the breadcrumb unless all share it.
    deck = make_deck({"IAM": {
        "IAM Users & Groups": ["root 계정은 계정 생성 시에만 사용", "하나의 팀을 묶어서 관리"],
        "IAM Roles": ["AWS 서비스에 권한을 부여", "EC2가 다른 서비스에 접근할 때 사용"],
        "IAM Policies": ["JSON 문서로 허용과 거부를 적음", "최소 권한 원칙을 따름"],
        "MFA Devices": ["가상 MFA 장치", "U2F 보안키"],
        "Password Policy": ["최소 길이와 문자 종류 지정", "주기적 변경 강제"],
    }})
    bank = build_bank(deck)
    for q in bank:
        assert not {"Users & Groups", "Roles", "Policies"} & set(q.choices)


def test_a_name_is_never_cut_to_one_word() -> None:
    deck = make_deck({"CloudTrail 데이터 보관": {
        "CloudTrail Lake": ["감사 목적으로 활동을 캡처하여 저장하고 분석", "최대 7년 동안 보관"],
        "이벤트 기록": ["최근 90일간의 관리 이벤트를 조회", "콘솔에서 바로 검색"],
        "추적": ["활동 기록을 S3 버킷에 계속 저장", "CloudWatch Logs로도 전송"],
    }})
    for q in build_bank(deck):
        assert "Lake" not in q.choices


def test_no_false_statement_is_borrowed_for_the_subject_of_the_section() -> None:
    deck = make_deck({"Route 53": {
        "Route 53": ["고가용성 관리형 DNS", "SLA 가용성을 제공", "리소스 상태 확인 가능",
                     "레코드마다 상태 확인을 연결할 수 없음"],
        "CNAME vs Alias": ["별칭 레코드는 루트 도메인에도 작동", "CNAME은 루트 도메인 불가"],
        "호스팅 존": ["레코드의 컨테이너", "트래픽 라우팅 방식 정의",
                  "레코드마다 상태 확인을 연결할 수 있음", "퍼블릭과 프라이빗 두 종류가 있음",
                  "도메인 하나당 월 요금이 부과됨"],
    }})
    nots = not_questions(read_material(deck, Glossary()))
    assert nots and not [q for q in nots if q.topic == "Route 53"]


def test_a_term_that_names_its_own_group_is_not_matched() -> None:
    deck = make_deck({"DB": {"오로라 고급 개념": [
        "오토스케일링 : 트래픽이 많으면 복제본 추가",
        "서버리스 : 용량 계획이 필요 없음",
        "멀티마스터 : 지속적인 쓰기 작업에 사용",
        "글로벌 : 리전 간 읽기 복제본",
        "오로라 : 리전 간 복제에 1초 미만 소요",
    ]}})
    bank = build_bank(deck)
    assert any(q.kind == "match" for q in bank)
    assert all("오로라" not in q.choices and "'오로라'" not in q.prompt for q in bank)


def test_a_borrowed_statement_the_notes_do_not_contradict_is_never_false() -> None:
    # Nothing in SERVICES contradicts another concept's facts: a borrowed line may
    # well be true of the concept in words the notes do not use.
    assert not_questions(read_material(make_deck(SERVICES), Glossary())) == []


def test_a_not_question_that_clashes_with_the_notes_is_kept() -> None:
    bank = build_bank(make_deck({"RDS": {"RDS": [REPLICATION]}}))
    assert any(q.kind == "not" and q.correct_choice == ASYNC for q in bank)


def test_no_false_option_from_the_same_family() -> None:
    deck = make_deck({"EC2 스토리지": {
        "EBS 볼륨": ["네트워크로 연결되는 드라이브", "인스턴스 종료 후에도 데이터 유지",
                   "한 번에 여러 인스턴스에 연결할 수 없음"],
        "EBS 다중 연결": ["io1/io2 볼륨을 여러 인스턴스에 연결", "최대 16개 인스턴스까지",
                      "한 번에 여러 인스턴스에 연결할 수 있음"],
        "EFS": ["여러 AZ의 인스턴스가 공유하는 파일 시스템", "사용한 만큼 비용 지불",
                "한 번에 여러 인스턴스에 연결할 수 있음"],
    }})
    nots = not_questions(read_material(deck, Glossary()))
    assert all(not (q.topic == "EBS 볼륨" and "EBS 다중" in q.explanation) for q in nots)
    assert any(q.topic == "EBS 볼륨" for q in nots)  # EFS, a different thing, may lend one


def test_a_definition_gathered_from_children_is_not_a_statement() -> None:
    lines = iter(range(100, 200))

    def fact(text: str, *children: Fact, term: str | None = None,
             definition: str | None = None) -> Fact:
        return Fact(text=text, source=SourceRef(file="notes.md", line=next(lines)),
                    children=children, term=term, definition=definition)

    group = fact("두 가지 동시성 제어", fact(
        "예약된 동시성 :", fact("최대 실행 환경 수"), fact("추가요금없음"),
        term="예약된 동시성", definition="최대 실행 환경 수; 추가요금없음"), fact(
        "프로비저닝된 동시성 :", fact("사전 초기화된 실행 환경 수"), fact("추가요금발생"),
        term="프로비저닝된 동시성", definition="사전 초기화된 실행 환경 수; 추가요금발생"), fact(
        "온디맨드 동시성 :", fact("요청마다 새 환경"), fact("콜드 스타트 발생"),
        term="온디맨드 동시성", definition="요청마다 새 환경; 콜드 스타트 발생"))
    topic = Topic(title="람다", section="컴퓨팅", source=SourceRef(file="notes.md", line=1),
                  facts=(group,))
    deck = Deck(name="t", sections=(Section(title="컴퓨팅", source=topic.source,
                                            topics=(topic,)),))
    for q in not_questions(read_material(deck, Glossary())):
        assert not any("; " in c for c in q.choices)


def test_names_under_a_heading_with_several_subjects_keep_their_subject() -> None:
    deck = make_deck({"RDS, ElastiCache": {
        "RDS 보안": ["KMS로 저장 데이터 암호화", "IAM 데이터베이스 인증"],
        "ElastiCache 보안": ["Redis AUTH 지원", "Memcached는 SASL 인증"],
        "RDS 읽기 전용 복제본": ["비동기식 복제", "리전 간 생성 가능"],
        "ElastiCache 로드 패턴": ["지연 로딩과 Write Through", "정렬된 세트로 순위표"],
    }})
    for q in build_bank(deck):
        if q.kind == "name":
            assert "보안" not in q.choices
            assert all(c.split()[0] in {"RDS", "ElastiCache", "읽기", "로드"} for c in q.choices)
