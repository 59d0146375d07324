"""Distractors are the answer's nearest siblings in kind, and a stem whose kind
word only the answer shares, while a sibling of that kind was left out, is no
question."""

from __future__ import annotations

from quiz_decks import Node, make_deck

from bot.quiz.bank import build_bank
from bot.quiz.nearest import nearest, stranded
from bot.quiz.question import Question
from bot.quiz.text import pieces

_STORAGE: list[Node] = [
    "S3 : 객체 스토리지, 정적 웹사이트 호스팅에도 사용",
    "EFS : NFS 프로토콜 지원, 리눅스 네트워크 파일 시스템",
    "FSx for Windows : SMB 프로토콜 지원, 윈도우 네트워크 파일 시스템",
    "FSx for Lustre : 고성능 병렬처리, 고성능 컴퓨팅을 위한 리눅스 파일 시스템",
    "Storage Gateway : 온프레미스와 클라우드 스토리지 연결 서비스",
    "Snowball : 온프레미스 데이터를 오프라인으로 옮기는 디바이스",
    "Backup : 중앙 집중식 백업 관리 서비스",
]


def _which_term(bank: tuple[Question, ...], answer: str) -> Question:
    found = [q for q in bank if q.kind == "match" and q.correct_choice == answer
             and "설명에 해당하는" in q.prompt]
    assert found, f"no question naming {answer}"
    return found[0]


def test_a_term_is_asked_among_the_siblings_of_its_kind() -> None:
    # Lustre's clue says '리눅스 파일 시스템': EFS and FSx for Windows are
    # file systems too, so the stem's words point at none of them alone.
    bank = build_bank(make_deck({"스토리지": {"스토리지 서비스 비교": _STORAGE}}))
    question = _which_term(bank, "FSx for Lustre")
    assert {"EFS", "FSx for Windows"} <= set(question.choices)
    assert "Backup" not in question.choices


def test_definitions_told_apart_by_the_names_they_give_both_stay() -> None:
    # 'NFS … 리눅스' and 'SMB … 윈도우' are worded alike but name different
    # things: neither is a repeat of the other, so both terms stay in the list.
    bank = build_bank(make_deck({"스토리지": {"스토리지 서비스 비교": _STORAGE}}))
    shown = {c for q in bank if q.kind == "match" for c in q.choices}
    assert "FSx for Windows" in shown and "EFS" in shown


def test_the_right_definition_is_shown_among_the_nearest_definitions() -> None:
    bank = build_bank(make_deck({"스토리지": {"스토리지 서비스 비교": _STORAGE}}))
    found = [q for q in bank if q.kind == "match" and "'FSx for Lustre'" in q.prompt]
    assert found
    assert "SMB 프로토콜 지원, 윈도우 네트워크 파일 시스템" in found[0].choices


def test_a_term_whose_only_kin_could_be_right_as_well_is_not_asked() -> None:
    # EFS's own notes say '고성능 병렬 처리' too, so it is no fair choice for
    # Lustre's clue; without it '리눅스 파일 시스템' points at Lustre alone.
    deck = make_deck({
        "스토리지": {"스토리지 서비스 비교": [
            "Lustre : 고성능 병렬 처리를 위한 리눅스 파일 시스템",
            "EFS : 여러 인스턴스가 함께 쓰는 리눅스 파일 시스템",
            "Backup : 중앙 집중식 백업 관리 서비스",
            "Snowball : 오프라인으로 데이터를 옮기는 디바이스",
            "Gateway : 온프레미스와 클라우드 스토리지 연결"]},
        "EFS": {"EFS": ["고성능 병렬 처리 모드 지원", "처리량 모드 선택 가능"]},
    })
    bank = build_bank(deck)
    assert not [q for q in bank if q.kind == "match" and q.correct_choice == "Lustre"]
    # The other terms of the list are still asked.
    assert [q for q in bank if q.kind == "match" and q.correct_choice == "Snowball"]


def test_a_definition_fitting_the_clue_as_well_is_no_choice() -> None:
    # Both run clusters on premises: EKS Distro would be right too.
    options: list[Node] = [
        "클라우드 EKS : AWS에서 관리하는 쿠버네티스 클러스터를 배포",
        "Outpost EKS : 컨트롤 플레인은 리전에서 운영되고 노드는 Outpost에 배포",
        "EKS Anywhere : 온프레미스에서 클러스터 운영/배포",
        "EKS Distro : 오픈소스 기반의 클러스터를 생성/운영/배포",
        "Fargate 프로필 : 서버리스로 파드를 실행할 클러스터 네임스페이스 지정",
        "관리형 노드 그룹 : 클러스터 워커 노드의 수명 주기를 자동 관리",
    ]
    bank = build_bank(make_deck({"컨테이너": {"배포 옵션": options}}))
    # (Asked either way round, or not at all: the variants rule may drop it.)
    matches = [q for q in bank if q.kind == "match"]
    assert matches
    for question in matches:
        assert not {"EKS Anywhere", "EKS Distro"} <= set(question.choices)


def test_nearest_takes_the_candidate_covering_the_clue_first() -> None:
    weights = {"파일": 2.0, "시스": 2.0, "고성": 3.0}
    domains = [frozenset({"백업"}), frozenset({"파일", "시스"}), frozenset({"고성"})]
    assert nearest(weights, domains, 2) == [1, 2]
    # A word already shown counts half: the next one brings what is missing.
    domains = [frozenset({"파일", "시스"}), frozenset({"파일", "시스"}), frozenset({"고성"})]
    assert nearest(weights, domains, 2) == [0, 2]
    # Ties keep the caller's order; a rule may rule a candidate out.
    assert nearest(weights, [frozenset(), frozenset()], 2) == [0, 1]
    assert nearest(weights, domains, 3, lambda i, _picked: i != 1) == [0, 2]


def test_a_word_only_the_answer_shares_while_its_kin_was_left_out_is_stranded() -> None:
    stem = "리눅스 파일 시스템"
    answer = pieces(stem)
    weights = {p: 1.0 for p in answer}
    kin = pieces("리눅스 네트워크 파일 시스템")
    other = pieces("중앙 집중식 백업")
    assert stranded(stem, weights, answer, [other, other], [kin]) == 1.0
    assert stranded(stem, weights, answer, [kin, other], []) == 0.0
    # No sibling has the word: it is what the question asks, not a giveaway.
    assert stranded(stem, weights, answer, [other, other], [other]) == 0.0
    # A word the heading above shows is every choice's domain.
    assert stranded(stem, weights, answer, [other, other], [kin], "파일 시스템 비교") < 0.5


def test_a_name_question_without_the_only_sibling_of_its_kind_is_dropped() -> None:
    # Both edge-code services run code on request and response events, so each
    # would fit the other's clue and is left out of its question: the
    # remaining choices are no code runners, and '코드 실행' would point at the
    # answer alone.
    spec: dict[str, list[Node]] = {
        "Lambda Edge": ["최종 사용자와 오리진의 요청 응답 이벤트에 대한 코드 실행",
                        "밀리초 단위로 실행되는 함수"],
        "CloudFront Functions": ["엣지에서 자바스크립트 코드를 실행하는 경량 함수",
                                 "최종 사용자의 요청 응답 이벤트에 대한 코드만 실행"],
        "Price Classes": ["비용 절감을 위해 엣지 로케이션 수를 줄이는 설정",
                          "전체, 일부 리전만 선택 가능"],
        "Origin Group": ["기본 오리진과 보조 오리진으로 구성하여 장애 조치",
                         "고가용성 구성에 사용"],
        "Origin Shield": ["오리진 앞에 캐싱 계층을 하나 더 두어 부하 감소",
                          "캐시 적중률 향상"],
    }
    bank = build_bank(make_deck({"CloudFront": spec}))
    for question in bank:
        if question.kind == "name" and question.correct_choice in ("Lambda Edge",
                                                                   "CloudFront Functions"):
            assert {"Lambda Edge", "CloudFront Functions"} <= set(question.choices)


def test_a_concept_is_asked_among_siblings_whose_notes_share_its_clue() -> None:
    spec: dict[str, list[Node]] = {
        "Kendra": ["문서 안에서 자연어 질문의 답변을 찾아 주는 지능형 검색 서비스",
                   "FAQ와 PDF 문서 어디에 있든 정확한 답변 반환"],
        "Textract": ["스캔한 문서에서 문자와 표를 추출하는 서비스",
                     "PDF 문서의 양식 필드 인식"],
        "Comprehend": ["텍스트에서 핵심 구문과 감정을 분석하는 자연어 처리 서비스",
                       "고객 후기에서 부정적인 의견 분류"],
        # Names of the answer's length: a ranking by name alone would take them.
        "Braket": ["양자 컴퓨팅 실험 서비스", "양자 회로 시뮬레이션"],
        "Polly": ["음성 합성 서비스", "다양한 목소리 제공"],
        "Lex": ["챗봇을 만드는 대화형 인터페이스 서비스", "음성 명령 인식"],
    }
    bank = build_bank(make_deck({"머신러닝": spec}))
    named = [q for q in bank if q.kind == "name" and q.correct_choice == "Kendra"]
    assert named
    for question in named:
        assert {"Textract", "Comprehend"} <= set(question.choices)


def test_a_reading_list_is_not_matched() -> None:
    # Article titles and their sources: told apart by knowing the articles.
    readings: list[Node] = ["From Theory To Practice: Representing Graphs, basecs",
                            "Deep Dive Through A Graph: DFS Traversal, basecs",
                            "Going Broad In A Graph: BFS Traversal, basecs"]
    bank = build_bank(make_deck({"Learning resources": {"Readings": readings}}))
    assert not [q for q in bank if q.kind == "match"]


_ACCESS = """## 접근
### 접근 방법
1. 명령줄 도구 (CLI)
- 배치 스크립트로 반복 작업 자동화
- 토큰키를 통해 로그인 (토큰키, 비밀토큰키)
2. 개발 키트 (SDK)
- 애플리케이션 코드 안에 넣어서 사용
- 여러 프로그래밍 언어 지원
3. 웹 콘솔
- 브라우저에서 클릭으로 관리
- 대시보드로 상태 확인
"""


def test_a_clue_the_notes_say_of_a_sibling_elsewhere_does_not_separate_them() -> None:
    from bot.notes.loader import parse_markdown

    def token_questions(text: str) -> list[Question]:
        return [q for q in build_bank(parse_markdown(text, "notes.md"))
                if q.kind == "name" and "토큰키를 통해" in q.prompt]

    asked = token_questions(_ACCESS)
    assert any("개발 키트" in q.choices for q in asked)
    # The notes say elsewhere that the token key goes with the SDK as well.
    summary = _ACCESS + "### 요약\n- 토큰 키: CLI 또는 SDK로 서비스에 로그인\n"
    assert not any("개발 키트" in q.choices for q in token_questions(summary))
