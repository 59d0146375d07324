"""Author cards become multiple choice when the notes hold fit distractors, else flashcards."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.question import Question

PORTS = """# Networking
## Well-known ports
- SSH port::22
- HTTPS port::443
- DNS port::53
- SMTP port::25
## Concepts
- What does a load balancer do::Spreads requests across healthy targets so none is overloaded
- Which layer does TCP belong to::Transport
"""


def bank(text: str) -> list[Question]:
    return list(build_bank(parse_markdown(text, "deck.md")))


def test_short_answers_beside_their_kind_become_multiple_choice() -> None:
    questions = [q for q in bank(PORTS) if q.kind == "card"]
    assert len(questions) == 4
    ssh = next(q for q in questions if "SSH" in q.prompt)
    assert ssh.correct_choice == "22"
    assert set(ssh.choices) <= {"22", "443", "53", "25"} and len(ssh.choices) == 4
    assert ssh.prompt == "Networking > Well-known ports\nSSH port"
    assert ssh.source.line == 3 and "SSH port → 22" in ssh.explanation


def test_cards_without_fit_distractors_are_flashcards_never_dropped() -> None:
    flash = [q for q in bank(PORTS) if q.kind == "flashcard"]
    assert [q.back for q in flash] == [
        "Spreads requests across healthy targets so none is overloaded",
        "Transport",  # its only neighbour is a long sentence: no distractor of its kind
    ]
    assert all(q.choices == () and q.answer == -1 and q.is_flashcard for q in flash)
    assert flash[0].to_json()["back"] == flash[0].back


def test_a_distractor_never_stands_in_the_stem() -> None:
    text = "## Ports\n- Port 22 is SSH; what is HTTPS::443\n- x y::22\n- b c::53\n- d e::25\n"
    [question] = [q for q in bank(text) if "HTTPS" in q.prompt]
    assert "22" not in question.choices


def test_card_ids_do_not_depend_on_headings_or_lines() -> None:
    moved = "# Other\n\n## Elsewhere\n\n" + PORTS.replace("# Networking\n", "")
    assert {q.id for q in bank(PORTS)} == {q.id for q in bank(moved)}


def test_a_stem_that_translates_the_answer_makes_a_flashcard() -> None:
    text = (
        "## Analytics\n- 데이터 레이크를 만드는 관리형 서비스::Lake Formation\n"
        "- 스키마를 찾아 카탈로그를 채우는 것::Glue Crawler\n"
        "- S3의 데이터를 웨어하우스에서 바로 읽기::Redshift Spectrum\n"
        "- 스트림을 S3로 적재::Kinesis Firehose\n"
    )
    by_back = {q.correct_choice: q for q in bank(text)}
    assert by_back["Lake Formation"].is_flashcard  # 레이크 in the stem says "Lake"
    assert by_back["Glue Crawler"].kind == "card"
