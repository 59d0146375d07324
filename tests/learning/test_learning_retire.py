from __future__ import annotations

from collections.abc import Callable

from bot.core.ports import QuestionLike
from bot.learning.retire import (
    REASON_CHANGED,
    REASON_REMOVED,
    BankChange,
    content_hash,
    diff_banks,
)
from bot.quiz.question import Question

MakeQ = Callable[..., Question]  # the make_q fixture (conftest.py)


def _by_hash(q: QuestionLike) -> str:
    return q.source_hash


def test_diff_banks_on_notes_edit(make_q: MakeQ) -> None:
    old = {"keep": "h1", "edit": "h2", "gone": "h3"}
    new = [
        make_q("keep", source_hash="h1"),
        make_q("edit", source_hash="h2-new"),
        make_q("fresh", source_hash="h4"),
    ]
    change = diff_banks(old, new, fingerprint=_by_hash)
    assert change == BankChange(
        added=("fresh",), removed=("gone",), changed=("edit",), kept=("keep",)
    )
    assert change.to_retire == (("gone", REASON_REMOVED), ("edit", REASON_CHANGED))


def test_diff_banks_unchanged_bank_changes_nothing(make_q: MakeQ) -> None:
    bank = [make_q(f"q{i}", explanation=f"- fact {i} (n.md:{i})") for i in range(3)]
    change = diff_banks({q.id: content_hash(q) for q in bank}, bank)
    assert change.to_retire == () and change.added == () and len(change.kept) == 3


def test_unknown_stored_fingerprint_is_adopted_not_retired(make_q: MakeQ) -> None:
    change = diff_banks({"q": ""}, [make_q("q", explanation="- fact (n.md:1)")])
    assert change.kept == ("q",) and change.to_retire == ()


def test_content_hash_is_what_the_question_asks_not_its_explanation(make_q: MakeQ) -> None:
    base = make_q("q", explanation="'x'은(는) A에 대한 설명입니다 (n.md:16).\n- fact (n.md:7)")
    moved = make_q("q", explanation="'x'은(는) A에 대한 설명입니다 (n.md:17).\n- fact (n.md:8)")
    # A typo fixed in a wrong choice's fact, quoted in the explanation: same question.
    edited = make_q("q", explanation="'x'은(는) A에 대한 설명입니다 (n.md:16).\n- fakt (n.md:7)")
    other_choices = make_q("q", choices=3, explanation=base.explanation)
    assert content_hash(base) == content_hash(moved)
    assert content_hash(base) == content_hash(edited)
    assert content_hash(base) != content_hash(other_choices)


def test_diff_banks_with_a_real_notes_edit() -> None:
    """Editing one bullet of a real deck retires only the questions built from it."""
    from bot.notes.loader import parse_markdown
    from bot.quiz.bank import build_bank

    notes = (
        "### 컴퓨팅\n"
        "1. EC2\n\t- 가상 서버\n\t- 초 단위 과금\n"
        "2. Lambda\n\t- 서버리스 함수\n\t- 최대 15분 실행\n"
        "3. Fargate\n\t- 컨테이너 서버리스\n\t- 클러스터 관리 불필요\n"
        "4. Batch\n\t- 배치 작업 관리\n\t- 작업 대기열 사용\n"
    )
    before = build_bank(parse_markdown(notes, "n.md"))
    after = build_bank(parse_markdown(notes.replace("최대 15분", "최대 30분"), "n.md"))
    assert before, "the small deck must yield questions"
    change = diff_banks({q.id: content_hash(q) for q in before}, after)
    assert change.to_retire, "the edited fact's questions leave the rotation"
    edited = {q.id for q in before if "15분" in q.explanation or "15" in " ".join(q.choices)}
    assert edited <= {qid for qid, _ in change.to_retire}
    assert change.kept, "questions not built from the edited bullet keep their history"
    # A line added above everything moves every passage; nothing is retired.
    shifted = build_bank(parse_markdown("\n\n" + notes, "n.md"))
    moved = diff_banks({q.id: content_hash(q) for q in before}, shifted)
    assert moved.to_retire == () and len(moved.kept) == len(before)


def test_real_deck_line_shift_retires_nothing_and_one_edit_little() -> None:
    """On the shipped deck: a blank line near the top moves every line number, yet
    content_hash keeps every question (explanations no longer carry "(file:line)",
    so source_hash keeps them too); editing one figure retires its question."""
    from pathlib import Path

    from bot.notes.loader import parse_markdown, read_text
    from bot.quiz.bank import build_bank

    path = Path(__file__).parents[2] / "content" / "aws-saa-ko.md"
    text = read_text(path)
    before = build_bank(parse_markdown(text, str(path)))
    lines = text.split("\n")
    heading = next(i for i, line in enumerate(lines) if line.startswith("### "))
    shifted = build_bank(
        parse_markdown("\n".join([*lines[: heading + 1], "", *lines[heading + 1 :]]), str(path))
    )
    stored = {q.id: content_hash(q) for q in before}
    moved = diff_banks(stored, shifted)
    assert moved.to_retire == () and len(moved.kept) == len(before)
    by_source_hash = diff_banks(
        {q.id: q.source_hash for q in before}, shifted, fingerprint=_by_hash
    )
    assert by_source_hash.changed == ()
    assert "최대 15분" in text
    edited = build_bank(parse_markdown(text.replace("최대 15분", "최대 30분", 1), str(path)))
    change = diff_banks(stored, edited)
    assert 1 <= len(change.to_retire) <= 3 and len(change.kept) >= len(before) - 3
