"""A sibling's line written with its own name as subject ('Bastion는 상태를 추적하는
…') is read as what it says of that sibling: without the name it can be
weighed against the asked concept's lines, and offered as false of it where
they contradict it. The true options never all share a word the false one
lacks (the false one would be the odd one out by its words)."""

from __future__ import annotations

from quiz_decks import Node, make_deck

from bot.notes.model import SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.material import Statement
from bot.quiz.negation import _unlike_apart
from bot.quiz.question import Question

NETWORK: dict[str, list[Node]] = {
    "Aegis": ["서브넷과 연결되는 서브넷 수준의 방화벽",
              "들어오는 요청과 나가는 응답을 각각 따로 검사",
              "번호가 낮은 규칙부터 차례로 평가",
              "연결 상태를 추적하지 않는 상태 비저장 방화벽"],
    "Bastion": ["Bastion은 연결 상태를 추적하는 상태 저장 방화벽",
                "인스턴스마다 붙이는 인스턴스 수준의 방화벽",
                "모든 규칙을 함께 평가한 뒤에 결정"],
    "Cairn": ["패킷이 나갈 다음 경로를 고르는 장치",
              "경로 테이블을 서브넷마다 하나씩 연결"],
}


def _nots(spec: dict[str, list[Node]]) -> dict[str, Question]:
    return {q.concept: q for q in build_bank(make_deck({"네트워크": spec})) if q.kind == "not"}


def test_a_siblings_line_on_its_own_subject_is_offered_without_its_name() -> None:
    q = _nots(NETWORK)["aegis"]
    assert q.correct_choice == "연결 상태를 추적하는 상태 저장 방화벽"
    assert "Bastion" in q.explanation  # the lesson says whose line it is
    # The line it contradicts stays out.
    assert "연결 상태를 추적하지 않는 상태 비저장 방화벽" not in q.choices


def _lines(*texts: str) -> list[Statement]:
    return [Statement(text=t, source=SourceRef(file="n.md", line=i)) for i, t in enumerate(texts)]


def test_true_options_never_all_share_a_word_the_false_one_lacks() -> None:
    own = _lines("서브넷 내부와 외부의 요청을 검사", "서브넷과 연결되는 필터",
                 "하나의 서브넷은 필터 하나만 연결", "허용과 거부 규칙 모두 지정 가능")
    picked = [s.text for s in _unlike_apart("연결 상태를 추적하는 상태 저장 필터", own)]
    assert picked == ["서브넷 내부와 외부의 요청을 검사", "서브넷과 연결되는 필터",
                      "허용과 거부 규칙 모두 지정 가능"]


def test_no_true_options_when_every_line_shares_that_word() -> None:
    own = _lines("서브넷 내부와 외부의 요청을 검사", "서브넷과 연결되는 필터")
    assert _unlike_apart("연결 상태를 추적하는 상태 저장 장치", own) == []


def test_true_options_that_differ_are_kept_as_they_are() -> None:
    own = _lines("서브넷 내부와 외부의 요청을 검사", "번호가 낮은 규칙부터 평가",
                 "허용과 거부 규칙 모두 지정 가능")
    assert _unlike_apart("연결 상태를 추적하는 상태 저장 필터", own) == own


ML: dict[str, list[Node]] = {
    "Polly": ["텍스트를 음성으로 변환하는 서비스", "여러 언어의 목소리 제공"],
    "Textract": ["스캔 문서에서 문자, 테이블, 양식 추출 서비스"],
    "Comprehend": ["Comprehend는 텍스트 안에서 감정과 핵심 구문을 찾아내는 서비스"],
    "Rekognition": ["이미지와 비디오에서 얼굴과 사물을 인식하는 서비스"],
}


def test_a_concepts_line_on_its_own_subject_is_a_true_option_without_its_name() -> None:
    asked = [q for q in build_bank(make_deck({"머신러닝": ML}))
             if q.kind == "true" and q.concept == "comprehend"]
    assert asked
    assert asked[0].correct_choice == "텍스트 안에서 감정과 핵심 구문을 찾아내는 서비스"


def test_a_looser_bound_is_no_contradiction() -> None:
    from bot.quiz.negation import stated_otherwise

    # What answers in under 1 ms answers in under 10 ms: the looser bound holds.
    looser, tighter = "다른 저장소보다 빠른 10밀리 초 미만의 응답", "1밀리 초 미만의 응답시간"
    assert not stated_otherwise(looser, tighter)
    # The tighter bound is false of the slower one.
    assert stated_otherwise(tighter, looser)
    # A plain value against another is false either way.
    assert stated_otherwise("온디맨드에 비해 최대 90% 할인", "온디맨드에 비해 약 72% 할인 제공")


def test_no_true_option_repeats_a_word_of_the_asked_name() -> None:
    spec = {**NETWORK, "Aegis": ["서브넷과 연결되는 서브넷 수준의 방화벽",
                                 "Aegis 규칙은 번호가 낮은 것부터 차례로 평가",
                                 "들어오는 요청과 나가는 응답을 각각 따로 검사",
                                 "연결 상태를 추적하지 않는 상태 비저장 방화벽"]}
    q = _nots(spec)["aegis"]
    assert all("Aegis" not in c for c in q.choices)


def test_another_named_limit_is_a_contradiction() -> None:
    from bot.quiz.negation import stated_otherwise

    assert stated_otherwise("메시지를 최대 4일 동안 보관 가능", "메시지를 최대 14일 동안 보관 가능")
