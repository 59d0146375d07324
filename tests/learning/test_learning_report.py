from __future__ import annotations

import random

import pytest

from bot.learning.report import (
    AnswerRow,
    section_report,
)

SECTIONS = ["IAM", "EC2 기초", "S3 스토리지", "VPC"]


def _history() -> list[AnswerRow]:
    """A seeded history whose true numbers are counted independently below."""
    rng = random.Random(7)
    skill = {"IAM": 0.9, "EC2 기초": 0.4, "S3 스토리지": 0.7}  # VPC never asked
    rows = []
    for _ in range(300):
        section = rng.choice(list(skill))
        rows.append(
            AnswerRow(
                section=section,
                correct=rng.random() < skill[section],
                member=rng.choice(["ann", "bo", "cy"]),
                kind=rng.choice(["daily", "practice"]),
            )
        )
    return rows


def test_report_numbers_on_a_seeded_history() -> None:
    history = _history()
    report = section_report(history, SECTIONS)
    assert [r.section for r in report.rows] == SECTIONS
    assert [r.label for r in report.rows] == ["S01", "S02", "S03", "S04"]
    for row in report.rows:
        mine = [a for a in history if a.section == row.section]
        assert row.answered == len(mine)
        assert row.correct == sum(a.correct for a in mine)
        assert row.members == len({a.member for a in mine})
    assert report.answered == 300
    assert [r.section for r in report.never_asked] == ["VPC"]
    assert report.coverage == pytest.approx(0.75)
    assert report.weakest(1)[0].section == "EC2 기초"
    iam = report.rows[0]
    assert iam.accuracy is not None and 0.8 < iam.accuracy < 1.0


def test_report_filters_member_and_kind() -> None:
    history = _history()
    ann = section_report(history, SECTIONS, member="ann", kind="daily")
    expected = [a for a in history if a.member == "ann" and a.kind == "daily"]
    assert ann.answered == len(expected) > 0
    assert ann.correct == sum(a.correct for a in expected)
    assert all(r.members <= 1 for r in ann.rows)


def test_sections_gone_from_the_deck_still_listed() -> None:
    report = section_report([AnswerRow(section="Old", correct=True, member="a", kind="daily")],
                            ["New"])
    assert [(r.section, r.answered) for r in report.rows] == [("New", 0), ("Old", 1)]
