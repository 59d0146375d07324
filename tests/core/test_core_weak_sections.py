"""/stats weak sections: below the member's own average, >= 3 answers, worst first."""

from __future__ import annotations

from bot.core import render
from bot.core.records import MemberStats, SectionStat, Streak


def _stats(*sections: tuple[str, int, int]) -> MemberStats:
    rows = tuple(SectionStat(section=s, answered=a, correct=c) for s, a, c in sections)
    return MemberStats(
        answered=sum(r.answered for r in rows),
        correct=sum(r.correct for r in rows),
        daily_answered=0,
        practice_answered=sum(r.answered for r in rows),
        sections=rows,
    )


def test_only_below_own_average_with_three_answers_worst_first() -> None:
    stats = _stats(
        ("EC2", 10, 9),  # 90%: above the member's 65% average
        ("S3", 4, 2),  # 50%
        ("RDS", 3, 0),  # 0%: worst
        ("VPC", 2, 0),  # 0% but only two answers: not yet telling
        ("IAM", 5, 3),  # 60%
        ("EBS", 6, 6),  # 100%
    )
    assert round(stats.accuracy, 2) == 0.67
    assert [s.section for s in render.weak_sections(stats)] == ["RDS", "S3", "IAM"]
    reply = render.stats(stats, Streak(current=0, best=0), lang="en", name="ann")
    [weak] = [f for f in reply.fields if f.name == "Weakest sections"]
    assert weak.value.splitlines() == ["• RDS: 0% (0/3)", "• S3: 50% (2/4)", "• IAM: 60% (3/5)"]


def test_a_perfect_member_has_no_weak_section() -> None:
    stats = _stats(("EC2", 1, 1), ("S3", 3, 3))
    assert render.weak_sections(stats) == []
    reply = render.stats(stats, Streak(current=1, best=1), lang="ko", name="ann")
    assert all(f.name != "약한 단원" for f in reply.fields)


def test_even_accuracy_everywhere_is_no_weakness() -> None:
    assert render.weak_sections(_stats(("EC2", 4, 2), ("S3", 4, 2))) == []
