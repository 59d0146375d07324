"""Issue 14, what blind readers kept finding: a right choice picked by its form,
fragments as choices, clue words that mean the answer, counts said to be 'over'
a figure, borrowed NOT lines that contradict nothing, an 'Amazon' or an aside on
some choices only."""

from __future__ import annotations

from quiz_decks import make_deck

from bot.notes.model import SourceRef
from bot.quiz.bank import build_bank
from bot.quiz.build import make
from bot.quiz.figure_rules import threshold_rule
from bot.quiz.gloss import gives_away
from bot.quiz.question import Question
from bot.quiz.text import contradicts, even_names

HERE = SourceRef(file="notes.md", line=1)


def _name_question(correct: str, wrong: list[str]) -> Question | None:
    return make("name", sources=[correct, "clue"], section="s", topic="t", concept="c",
                context="서비스", body="다음 설명에 해당하는 것은?\n- 오래된 데이터를 정리",
                correct=correct, wrong=wrong, explanation="근거", source=HERE)


def test_a_right_choice_alone_in_its_form_is_not_asked() -> None:
    # Two names joined into one, among single names.
    assert _name_question("로그 압축 & Archive Sweep",
                          ["로그 수집 규칙", "로그 보존 정책", "로그 내보내기"]) is None
    assert _name_question("압축기/정리기", ["수집기", "분배기", "전달기"]) is None
    # An aside only the answer has, or another last word than all the others'.
    assert _name_question("정리 전용 노드(배치 최적화)",
                          ["범용 노드", "메모리 노드", "스토리지 노드"]) is None
    assert _name_question("배치 정리 서버", ["범용 노드", "메모리 노드", "스토리지 노드"]) is None
    # The same names in one form are asked.
    assert _name_question("정리 노드", ["범용 노드", "메모리 노드", "스토리지 노드"]) is not None
    assert _name_question("로그 압축 & 정리", ["로그 수집 & 전달", "로그 보존 & 삭제"]) is not None


def test_names_are_shown_in_one_form() -> None:
    correct, wrong = even_names("정리 노드 (배치 최적화)", ["범용 노드", "메모리 노드"])
    assert (correct, wrong) == ("정리 노드", ["범용 노드", "메모리 노드"])
    correct, wrong = even_names("EKS Anywhere", ["클라우드 Amazon EKS", "EKS Distro"])
    assert (correct, wrong) == ("EKS Anywhere", ["클라우드 EKS", "EKS Distro"])
    # An aside that alone tells two names apart stays.
    assert even_names("노드 (A)", ["노드 (B)", "서버"]) == ("노드 (A)", ["노드 (B)", "서버"])


_THROUGHPUT = {"파일 시스템": {"처리량": [
    ("옵션", ["순간 확장 : GB 곱한 값, 저장 용량에 비례하는 속도",
            "직접 지정 : 저장 용량과 상관없이 속도를 정하고 싶을 때",
            "자동 조절 : 부하에 맞춰 속도를 알아서 바꿈, 부하를 알 수 없을 때 알맞음",
            "최고 속도 : 모든 요청을 가장 빠르게 처리, 비용이 가장 높음"]),
]}}


def test_a_definition_that_lost_its_base_is_never_shown() -> None:
    bank = build_bank(make_deck(_THROUGHPUT))
    matches = [q for q in bank if q.kind == "match"]
    assert matches
    assert not any("곱한" in q.prompt or any("곱한" in c for c in q.choices) for q in matches)
    assert not any(q.correct_choice == "순간 확장" for q in matches)
    # The term still stands beside its siblings as a wrong choice.
    assert any("순간 확장" in q.choices for q in matches)


def test_clue_words_that_mean_the_answer_give_it_away() -> None:
    others = ["메모리 특화 노드", "저장 특화 노드"]
    assert gives_away("범용 노드", "여러 용도에 두루 쓰임", others)
    assert gives_away("범용 노드", "CPU와 메모리의 균형 잡힌 구성", others)
    # A slip on a final consonant ('다얀한' for 다양한) is read as meant.
    assert gives_away("범용 노드", "웹 서버 같은 다얀한 작업에 알맞음", others)
    assert not gives_away("범용 노드", "웹 서버 같은 다른 작업에 알맞음", others)
    # SQL statements select.
    assert gives_away("Log Select", "SQL 문으로 필요한 행만 걸러 읽음",
                      ["Log Insights", "Log Export"])


def test_a_count_said_to_be_over_a_figure_is_not_blanked() -> None:
    def rule(text: str, figure: str) -> bool:
        start = text.index(figure)
        return threshold_rule(text, start, start + len(figure))

    assert rule("전 세계 200개 이상의 도시에 지점이 있음", "200개")
    assert rule("300개가 넘는 매장 운영", "300개")
    # A stated minimum, or a measure over a figure, is still a rule to learn.
    assert not rule("최소 3개의 노드로 구성", "3개")
    assert not rule("64GB 이상의 메모리 제공", "64GB")
    deck = make_deck({"배송": {"지점": ["전 세계 200개 이상의 도시에 지점이 있음"]}})
    assert [q for q in build_bank(deck) if q.kind == "cloze"] == []


def test_without_is_no_negation_of_what_a_line_claims() -> None:
    assert not contradicts("코드 작성 없이 로그를 실시간으로 전달할 수 있음",
                           "거의 실시간 로그 전달")
    assert contradicts("로그를 실시간으로 전달할 수 없음", "로그를 실시간으로 전달함")


def test_an_aside_on_one_statement_only_is_not_shown() -> None:
    services = {"머신러닝": {
        "Polly": ["글자를 소리로 읽어 주는 서비스 (TTS)", "여러 언어의 목소리 제공"],
        "Textract": ["스캔 문서에서 문자, 표, 양식을 뽑아내는 서비스"],
        "Comprehend": ["글 안에서 감정과 핵심 구문을 찾아내는 서비스"],
        "Rekognition": ["이미지와 비디오에서 얼굴과 사물을 알아보는 서비스"],
    }}
    asked = [q for q in build_bank(make_deck(services)) if q.kind in ("true", "not")
             and "글자를 소리로 읽어 주는 서비스" in q.choices]
    assert asked
    assert not any("(TTS)" in c for q in asked for c in q.choices)
    assert all("글자를 소리로 읽어 주는 서비스 — Polly" in q.explanation for q in asked)


def test_a_name_alone_written_with_its_expansion_is_not_asked() -> None:
    # 'ACRONYM - Expansion' among plain names: picked by its form.
    assert _name_question("WAF - Web Application Firewall",
                          ["Shield", "Secrets Manager", "Cognito"]) is None
    assert _name_question("Simple Queue Service: SQS",
                          ["Shield", "Secrets Manager", "Cognito"]) is None
    # A name and a part of it is a name as the notes write it.
    assert _name_question("Organizations - SCP",
                          ["CloudTrail", "Config", "Control Tower"]) is not None
    assert _name_question("WAF", ["Shield", "Secrets Manager", "Cognito"]) is not None


def test_a_name_with_its_expansion_is_shown_as_its_acronym() -> None:
    correct, wrong = even_names("WAF - Web Application Firewall", ["Shield", "Cognito"])
    assert (correct, wrong) == ("WAF", ["Shield", "Cognito"])
    correct, wrong = even_names("Shield", ["SQS: Simple Queue Service", "Cognito"])
    assert wrong == ["SQS", "Cognito"]
    # A name and a part of it is no expansion; nor are choices all in that form.
    assert even_names("Organizations - OU", ["Shield", "Cognito"])[0] == "Organizations - OU"
    both = ["WAF - Web Application Firewall", "SQS - Simple Queue Service"]
    assert even_names(both[0], both[1:]) == (both[0], both[1:])
