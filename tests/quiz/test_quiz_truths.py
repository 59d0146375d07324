"""(f) 'Which statement about X is true?': X's own fact among its siblings'
definitions, and only where no wrong option may hold for X."""

from __future__ import annotations

from quiz_decks import Node, make_deck

from bot.quiz.bank import build_bank
from bot.quiz.material import read_material
from bot.quiz.question import Question
from bot.quiz.text import NoGlossary
from bot.quiz.truths import _wrong_options

ML: dict[str, list[Node]] = {
    "Polly": ["텍스트를 음성으로 변환하는 서비스", "여러 언어의 목소리 제공"],
    "Textract": ["스캔 문서에서 문자, 테이블, 양식 추출 서비스"],
    "Comprehend": ["텍스트 안에서 감정과 핵심 구문을 찾아내는 서비스"],
    "Rekognition": ["이미지와 비디오에서 얼굴과 사물을 인식하는 서비스"],
}


def _truths(spec: dict[str, list[Node]]) -> list[Question]:
    return [q for q in build_bank(make_deck({"머신러닝": spec})) if q.kind == "true"]


def test_a_fact_of_the_concept_among_its_siblings_definitions() -> None:
    asked = {q.concept: q for q in _truths(ML)}
    assert "polly" in asked
    q = asked["polly"]
    assert q.prompt.endswith("다음 중 Polly에 대한 설명으로 옳은 것은?")
    assert q.correct_choice == "텍스트를 음성으로 변환하는 서비스"
    wrong = set(q.choices) - {q.correct_choice}
    assert wrong <= {"스캔 문서에서 문자, 테이블, 양식 추출 서비스",
                     "텍스트 안에서 감정과 핵심 구문을 찾아내는 서비스",
                     "이미지와 비디오에서 얼굴과 사물을 인식하는 서비스"}
    assert len(wrong) >= 2
    # The lesson says whose fact each wrong option is; the sample keeps all four lines.
    assert "— Textract" in q.explanation or "— Rekognition" in q.explanation
    assert len(q.facts) == len(q.choices)


def test_a_capability_is_never_offered_as_false() -> None:
    # '여러 언어로 결과 제공' could be said of any of them: only definitions are
    # wrong options, since a definition names one thing.
    spec = {name: list(facts) for name, facts in ML.items()}
    spec["Textract"] = ["스캔 문서에서 문자, 테이블, 양식을 추출함", "여러 언어로 결과 제공"]
    spec["Rekognition"] = ["이미지와 비디오에서 얼굴과 사물 인식 가능"]
    spec["Comprehend"] = ["텍스트 안에서 감정과 핵심 구문을 찾아 냄"]
    assert not [q for q in _truths(spec) if q.concept == "polly"]


def test_a_wrong_option_on_the_same_topic_word_is_left_out() -> None:
    # Lex is a chatbot service; Connect integrates chatbots: both speak of 챗봇.
    spec = {**ML, "Lex": ["음성인식과 챗봇 구현 서비스"],
            "Connect": ["전화통화, 자동 음성응답, 챗봇 통합을 돕는 서비스"]}
    material = read_material(make_deck({"머신러닝": spec}), NoGlossary())
    group = next(g for g in material.groups if len(g) == 6)
    lex = next(c for c in group if c.key == "lex")
    pool = _wrong_options(lex, [c for c in group if c is not lex], material, list(group))
    owners = {o.key for _, o in pool}
    assert "connect" not in owners and {"comprehend", "textract"} <= owners


def test_no_option_names_a_choice_or_a_part_of_the_concept() -> None:
    spec = {**ML, "Polly": ["Textract 결과를 읽어 주는 서비스",
                            "텍스트를 음성으로 변환하는 서비스"]}
    asked = _truths(spec)
    assert asked
    for q in asked:
        assert all("Textract" not in c for c in q.choices)


def test_a_feature_is_no_wrong_option_only_a_product_is() -> None:
    # Aurora has read replicas and spans zones too: what a feature does is no
    # more false of a sibling than a capability is.
    spec: dict[str, list[Node]] = {
        "Aurora": ["10GB로 시작해서 128TB까지 자동으로 증가하는 스토리지"],
        "RDS 읽기 전용 복제본": ["읽기만 가능한 DB 인스턴스의 복제본을 여러개 만드는 기능"],
        "RDS 다중 AZ": ["데이터베이스를 여러 가용영역에 배치하는 방식"],
        "ElastiCache": ["오픈소스 인메모리 캐시 엔진을 관리해 주는 서비스"],
    }
    for q in _truths(spec):
        wrong = set(q.choices) - {q.correct_choice}
        assert not any(w.endswith(("기능", "방식")) for w in wrong)


def test_products_of_other_lists_in_the_section_serve_a_product_only() -> None:
    transcribe = "녹음 파일을 받아 글자로 옮겨 적는 서비스"
    spec: dict[str, list[Node]] = {
        **ML,
        "음성 서비스": [("Transcribe", [transcribe, "화자 구분 지원"]),
                     ("Translate", ["여러 언어 사이에서 문장을 번역하는 서비스"]),
                     ("Forecast", ["시계열 데이터로 수요를 예측하는 서비스"])],
    }
    asked = _truths(spec)
    # A product (a topic of the section) may be asked among the other list's
    # products; the nested list's members only among their own list.
    assert any(transcribe in q.choices and q.correct_choice != transcribe for q in asked)
    section_products = {f for facts in ML.values() for f in facts}
    nested = [q for q in asked if q.concept in ("transcribe", "translate", "forecast")]
    assert all(not section_products & set(q.choices) for q in nested)


SECURITY: dict[str, list[Node]] = {
    "Cognito": ["웹 및 모바일 앱을 위한 자격 증명 서비스",
                "소셜 ID 공급자를 통한 로그인 지원"],
    "ACM": ["공인 및 사설 SSL 인증서를 관리하고 배포하는 서비스",
            "인증서 만료 전에 자동으로 갱신 가능"],
    "Secrets Manager": ["자격증명을 중앙에서 저장하고 교체하는 서비스",
                        "데이터베이스 비밀번호 자동 교체 가능"],
    "Firewall Manager": ["방화벽 규칙을 중앙에서 구성하고 관리하는 서비스",
                         "여러 계정에 걸쳐 보안 정책을 일괄 적용"],
    # Kin of Cognito (ID 공급자, 로그인 in its notes): a false option of its kind.
    "IAM Identity Center": ["여러 AWS 계정에 대한 접근을 한 곳에서 관리하는 서비스",
                            "외부 ID 공급자를 통한 로그인 연동"],
}


def _nots(spec: dict[str, list[Node]]) -> list[Question]:
    return [q for q in build_bank(make_deck({"보안": spec})) if q.kind == "not"]


def test_not_true_a_sibling_products_definition_beside_the_concepts_own() -> None:
    asked = {q.concept: q for q in _nots(SECURITY)}
    q = asked["cognito"]
    assert q.prompt.endswith("다음 중 Cognito에 대한 설명으로 옳지 않은 것은?")
    trues = set(q.choices) - {q.correct_choice}
    assert trues == {"웹 및 모바일 앱을 위한 자격 증명 서비스", "소셜 ID 공급자를 통한 로그인 지원"}
    definitions = {facts[0] for name, facts in SECURITY.items() if name != "Cognito"}
    assert q.correct_choice in definitions


def test_not_true_never_shows_a_true_option_that_translates_the_name() -> None:
    # '방화벽 …' says Firewall: beside it the false option is plain to see.
    asked = {q.concept: q for q in _nots(SECURITY)}
    assert "firewallmanager" not in asked


def test_a_line_about_another_subject_is_no_true_option() -> None:
    spec = {**SECURITY, "SSO": ["SAML은 인증을 지원하기 위한 표준 데이터 포맷",
                                "하나의 계정으로 여러 애플리케이션에 로그인하는 기능"]}
    asked = [q for q in build_bank(make_deck({"보안": spec})) if q.concept == "sso"]
    assert all("SAML은 인증을 지원하기 위한 표준 데이터 포맷" not in q.choices for q in asked)


def test_no_true_question_whose_answer_translates_the_name() -> None:
    # '… 인식하는 서비스' says Rekognition, '… 예측하는 서비스' Forecast, '문자 … 추출'
    # Textract: the stem's name points at the answer.
    spec = {**ML, "Forecast": ["시계열 데이터로 수요를 예측하는 서비스"]}
    asked = {q.concept for q in _truths(spec)}
    assert "polly" in asked
    assert not asked & {"rekognition", "forecast", "textract"}


def test_options_share_one_form() -> None:
    # A property ('… 고를 수 있음') among product definitions ('… 서비스') is
    # picked by its form alone.
    spec = {**ML, "Polly": ["수십 가지 언어의 목소리를 고를 수 있음"]}
    assert all(q.concept != "polly" for q in _truths(spec))


def test_a_products_definition_alone_names_it() -> None:
    # One short clue is too thin, unless it says what the product is.
    spec: dict[str, list[Node]] = {
        "Keyspaces": ["카산드라 호환 데이터베이스"],
        "Neptune": ["그래프 데이터베이스 서비스", "노드 사이의 관계를 저장"],
        "QLDB": ["변경 불가능한 원장 기록", "암호화로 검증 가능한 거래 내역"],
        "Timestream": ["시간 순서 데이터를 저장", "사물 인터넷 측정값 분석"],
    }
    names = [q for q in build_bank(make_deck({"데이터베이스": spec}))
             if q.kind == "name" and q.correct_choice == "Keyspaces"]
    assert names and "카산드라 호환 데이터베이스" in names[0].prompt


def test_a_breadcrumb_part_shared_by_every_choice_gives_nothing_away() -> None:
    # 'Route 53 > 라우팅 정책' over '가중치 기반 라우팅 정책': asked among the
    # other '… 라우팅 정책' (not '지리적 근접 라우팅', which the crumb rules out).
    deck = make_deck({"Route 53": {"라우팅 정책": [
        ("단순 라우팅 정책", ["트래픽을 단일 리소스로 보내는 방식", "상태 확인 불가"]),
        ("가중치 기반 라우팅 정책", ["DNS 레코드들은 동일한 이름과 유형을 가져야 함",
                              "적은 양의 요청을 보내 새 애플리케이션을 테스트 하는 경우 사용"]),
        ("지연 시간 기반 라우팅 정책", ["지연 시간이 가장 짧은 리소스로 보냄",
                                "지연에 민감한 애플리케이션에 사용"]),
        ("다중 값 정책", ["클라이언트 측면의 로드 밸런싱", "최대 8개의 레코드 반환"]),
        ("지리적 근접 라우팅", ["편향값으로 특정 위치에 더 많은 요청을 보냄",
                          "사용자와 리소스의 거리를 기준으로 선택"]),
    ]}})
    names = [q for q in build_bank(deck) if q.kind == "name"
             and q.correct_choice == "가중치 기반 라우팅 정책"]
    assert names
    assert all(all("라우팅 정책" in c for c in q.choices) for q in names)


def test_a_line_opening_on_the_name_as_subject_is_a_clue_without_it() -> None:
    # 'NACL은 허용, 거부 규칙 모두 지정 가능' says what NACL is: asked without 'NACL은'.
    deck = make_deck({"VPC": {
        "NACL": ["NACL은 허용, 거부 규칙 모두 지정 가능",
                 "NACL은 연결 상태를 추적하지 않는 상태 비저장 방화벽"],
        "NAT Gateway": ["프라이빗 서브넷의 인스턴스가 인터넷에 나가게 해 줌", "AWS가 관리"],
        "Direct Connect": ["전용 회선으로 온프레미스와 연결", "설치에 시간이 오래 걸림"],
        "VPC Peering": ["두 VPC를 사설 IP로 연결", "전이적 연결은 불가"],
    }})
    names = [q for q in build_bank(deck) if q.kind == "name" and q.correct_choice == "NACL"]
    assert names
    assert "- 허용, 거부 규칙 모두 지정 가능" in names[0].prompt
    assert "NACL은" not in names[0].prompt
