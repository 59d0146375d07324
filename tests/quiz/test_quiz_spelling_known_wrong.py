"""Choices spell names as the notes mostly do; lines a deck lists as known to be
wrong never become a question."""

from __future__ import annotations

from pathlib import Path

from quiz_decks import make_deck

from bot.notes.glossary import Glossary
from bot.quiz.bank import build_bank
from bot.quiz.known_wrong import line_key, load_known_wrong
from bot.quiz.spelling import spelling_fixes

GOVERNANCE = {"관리 및 거버넌스": {
    "Organizations": ["여러 AWS 계정을 중앙에서 관리", "통합 결제로 Organizations 계정 비용 합산",
                      "Organizations 정책으로 계정 제한"],
    "Oraganizations - OU": ["계정을 부서별 단위로 묶음", "단위마다 다른 정책을 연결"],
    "CloudTrail": ["API 호출을 이벤트로 기록", "로그 파일 무결성 검증"],
    "Config": ["리소스 설정 변경 이력을 저장", "규정 준수 여부를 평가"],
    # (Organizations and its OU are never choices together: one is part of the other.)
    "CloudWatch": ["지표를 수집하고 경보를 설정", "대시보드로 한눈에 확인"],
}}


def test_a_slip_is_fixed_from_the_more_frequent_spelling() -> None:
    fixes = spelling_fixes(["Organizations", "Organizations 계정", "Oraganizations"], Glossary())
    assert fixes == {"Oraganizations": "Organizations"}
    # Plurals, longer words and case are not slips.
    assert spelling_fixes(["Connect", "Connect", "Connect", "Connector", "Event", "Event",
                           "Events"], Glossary()) == {}


def test_a_dictionary_word_is_no_slip_of_another() -> None:
    # 'charges' beside the more frequent 'changes', 'patch' beside 'path': two
    # English words, each meant. A word no dictionary knows is still mended.
    texts = ["data transfer charges", "changes", "changes", "changes", "changes",
             "kubectl patch", "path", "path", "path", "path",
             "Preemtive", "Preemptive", "Preemptive", "Preemptive", "preemptive",
             "preemtive", "preemtive", "preemtive", "preemtive"]
    assert spelling_fixes(texts, Glossary()) == {"Preemtive": "Preemptive"}


def test_the_glossary_knows_a_slip_the_notes_make_once() -> None:
    glossary = Glossary.from_mapping({"QuickSight": ["QuickSignt"]})
    assert spelling_fixes(["QuickSignt 대시보드"], glossary) == {"QuickSignt": "QuickSight"}


def test_a_name_of_several_words_vouches_for_a_slip_of_one_of_them() -> None:
    # 'Luster' listed under 'FSx for Lustre': the stem 'FSx for Luster' shows Lustre.
    glossary = Glossary.from_mapping({"FSx for Lustre": ["FSx for Luster", "Luster"]})
    assert spelling_fixes(["FSx for Luster 고성능 파일 시스템"], glossary) == {"Luster": "Lustre"}
    # Its other words are no slips of the name's words ('Lust' is too short, 'Cluster'
    # starts otherwise).
    assert spelling_fixes(["Cluster 관리"], glossary) == {}


def test_choices_show_the_right_spelling() -> None:
    bank = build_bank(make_deck(GOVERNANCE))
    assert any("Organizations - OU" in q.choices for q in bank)
    assert not any("Oraganizations" in c for q in bank for c in q.choices)


def test_known_wrong_lines_never_become_questions(tmp_path: Path) -> None:
    (tmp_path / "known-wrong.txt").write_text(
        "# checked against the service\n- 로그 파일 무결성 검증\n", encoding="utf-8")
    known = load_known_wrong(tmp_path)
    assert known == {line_key("로그 파일 무결성 검증")}
    before = build_bank(make_deck(GOVERNANCE))
    assert any("로그 파일 무결성 검증" in q.prompt + " ".join(q.choices) for q in before)
    after = build_bank(make_deck(GOVERNANCE), known_wrong=known)
    assert not any("무결성" in q.prompt + " ".join(q.choices) + q.explanation for q in after)
    assert load_known_wrong(tmp_path / "missing") == frozenset()


def test_a_glossary_slip_inside_a_name_is_spelled_the_canonical_way() -> None:
    from bot.quiz.spelling import canonical_parts

    glossary = Glossary.from_mapping({"Visibility Timeout": ["Visiblity Timeout"],
                                      "Athena": ["Ahtena"]})
    assert canonical_parts("표시제한시간 (Visiblity Timeout)", glossary) == \
        "표시제한시간 (Visibility Timeout)"
    assert canonical_parts("Ahtena", glossary) == "Athena"
    assert canonical_parts("Aurora", glossary) == "Aurora"


def test_a_word_is_no_slip_of_another_real_word_nor_of_another_file(
        tmp_path) -> None:  # type: ignore[no-untyped-def]
    from bot.notes.loader import load_deck
    from bot.quiz.bank import build_bank

    # Two edits apart, both real words: neither is set right.
    assert "congestion" not in spelling_fixes(
        ["connection"] * 6 + ["congestion control"], Glossary())
    (tmp_path / "store.md").write_text("""## Store
- string : a value of up to 512 MB under one key
- hash : a map of fields under one key
- list : values kept in the order they were pushed
- set : values without repeats under one key
""", encoding="utf-8")
    (tmp_path / "disk.md").write_text("## Disk\n- " + "storing data " * 5 + "\n",
                                      encoding="utf-8")
    bank = build_bank(load_deck(tmp_path))
    assert any("string" in q.choices for q in bank)


def test_a_name_is_never_set_right_to_a_common_word_or_another_case() -> None:
    # 'Width' (a term of the notes, once) is one edit from 'with' (in every
    # other line): it is a word of its own, not a slip.
    texts = ["Width: the number of nodes on the widest level", *["sorted with a key"] * 5,
             "Form 양식", *["from the list"] * 5]
    fixes = spelling_fixes(texts, Glossary())
    assert "Width" not in fixes and "Form" not in fixes
    # Slips of one case are still set right.
    assert spelling_fixes(["Organizations", "Organizations 계정", "Oraganizations"],
                          Glossary()) == {"Oraganizations": "Organizations"}


# Accelerator is written four times, Acceleration once: two words of one root.
NETWORK = {"전송과 가속": {
    "Global Accelerator": ["고정 IP 두 개로 Accelerator 엔드포인트에 연결",
                           "AWS 백본으로 사용자 트래픽을 가까운 엣지에서 받음"],
    "DAX (DynamoDB Accelerator)": ["DynamoDB 앞의 인메모리 캐시 Accelerator",
                                   "읽기 지연을 마이크로초 단위로 줄임"],
    "S3 Transfer Acceleration": ["엣지 로케이션을 거쳐 버킷으로 업로드",
                                 "먼 거리의 대용량 업로드를 빠르게 함"],
    "CloudFront": ["콘텐츠를 엣지에 캐시해 배포", "정적·동적 콘텐츠를 사용자 가까이 전달"],
    "Direct Connect": ["온프레미스와 AWS를 전용선으로 연결", "일정한 대역폭과 지연"],
}}


def test_a_word_of_the_same_root_with_another_ending_is_no_slip() -> None:
    # 'Acceleration' beside the more frequent 'Accelerator' (and the like) is a
    # word of its own: setting it "right" makes a name that does not exist.
    for word, other in [("Acceleration", "Accelerator"), ("Encryption", "Encrypted"),
                        ("Replication", "Replicator"), ("Analytic", "Analytics")]:
        assert spelling_fixes([word, *[other] * 5], Glossary()) == {}, word
    bank = build_bank(make_deck(NETWORK))
    shown = [c for q in bank for c in (*q.choices, q.prompt)]
    assert any("S3 Transfer Acceleration" in c for c in shown)
    assert not any("Transfer Accelerator" in c for c in shown)
    # Real slips are still set right, the ending's too.
    assert spelling_fixes(["Kinesis Veideo", *["Video"] * 4, "Tocpic", *["Topic"] * 4],
                          Glossary()) == {"Veideo": "Video", "Tocpic": "Topic"}
