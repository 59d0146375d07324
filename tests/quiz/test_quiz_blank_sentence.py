# ruff: noqa: E501
"""A blank's stem shows its line only through the blank's sentence (what comes
before stays, as its premise), and a line cut short by an ellipsis is no stem.
Notes written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.blank_sentence import cut_off, through_blank


def _stems(notes: str) -> list[str]:
    return [q.prompt.split("\n- ")[-1] for q in build_bank(parse_markdown(notes, "n.md"))
            if "___" in q.prompt]


NOTES = """# 저장 장치
## 블록
- 한 블록은 4KB 크기로 디스크에 기록됩니다. 파일 시스템은 블록마다 체크섬을 따로 저장하며 손상을 감지합니다.
- 저널은 세 가지 모드가 있습니다. 그중 기본 모드는 쓰기를 30초마다 디스크로 내보냅니다.
- 초기 설계는 1986년 무렵 연구소의 한 팀이 제안했으며 이후 8KB 단위로 바뀌었다고 알려져 있으나 정확한 기록은…
## Sorting
- Insertion sort takes O(n^2) time in the worst case. It is still a common pick for short arrays inside hybrid sorts.
- Shell sort improves on it with gaps and runs in O(n log n) steps with some gap lists first found by...
"""


def test_the_stem_stops_after_the_blanks_sentence() -> None:
    stems = _stems(NOTES)
    assert "한 블록은 ___ 크기로 디스크에 기록됩니다." in stems, stems
    assert "Insertion sort takes O(___) time in the worst case." in stems, stems
    # The sentence before the blank's stays: the blank's leans on it.
    assert "저널은 세 가지 모드가 있습니다. 그중 기본 모드는 쓰기를 ___마다 디스크로 내보냅니다." \
        in stems, stems


def test_a_line_cut_short_is_no_stem() -> None:
    stems = "\n".join(_stems(NOTES))
    assert "8KB" not in stems and "정확한 기록은" not in stems, stems
    assert "Shell sort" not in stems, stems


@pytest.mark.parametrize(("text", "cut"), [
    ("1986년에 연구소의 한 팀이 제안한 로버트 라이…", True),
    ("first described by a team in...", True),
    ("S3, EBS, EFS...", False),  # a list going on
    ("지원하는 형식: JSON, YAML, …", False),
    ("저장 단위는 4KB임", False),
    ("Blocks are 4 KB.", False),
])
def test_cut_off(text: str, cut: bool) -> None:
    assert cut_off(text) == cut


@pytest.mark.parametrize(("text", "shown"), [
    ("A is ___ wide. B is 2 wide.", "A is ___ wide."),
    ("A is ___ wide (see the table. It lists all). B is 2 wide.",
     "A is ___ wide (see the table. It lists all)."),
    ("A holds 1.5 GB, e.g. ___ per file. Then B.", "A holds 1.5 GB, e.g. ___ per file."),
    ("영역 1. 설계 (___)", "영역 1. 설계 (___)"),
    ("块大小为___。日志另行保存。", "块大小为___。"),
    ("One line, ___, no stop", "One line, ___, no stop"),
])
def test_through_blank(text: str, shown: str) -> None:
    assert through_blank(text, text.index("___")) == shown
