"""After the answer, each wrong choice is shown with its own line of the notes,
even a line too thin to ask by ('버스팅 : MIB 더한 것, …' has lost what it speaks
of, so it is never a clue): it still teaches why the choice was wrong. Only a
slot left empty ('TBD', '≪ blank ≫') teaches nothing."""

from __future__ import annotations

from bot.notes.model import SourceRef
from bot.quiz.matching import _explain
from bot.quiz.material import TermEntry


def _entry(term: str, definition: str, *, shown: bool) -> TermEntry:
    return TermEntry(term=term, definition=definition, text=f"{term} : {definition}",
                     source=SourceRef(file="f.md", line=1), section="EFS",
                     topic="처리량 옵션", crumb="EFS > 처리량 옵션", shown=shown)


def test_a_thin_line_still_teaches_its_wrong_choice() -> None:
    right = _entry("프로비저닝", "스토리지 크기에 관계 없이 처리량을 설정", shown=True)
    thin = _entry("버스팅", "MIB 더한 것, 파일시스템 크기와 비례한 용량", shown=False)
    lesson = _explain(["프로비저닝", "버스팅"], [right, thin], by_term=True)
    assert lesson == [("프로비저닝", "스토리지 크기에 관계 없이 처리량을 설정"),
                      ("버스팅", "MIB 더한 것, 파일시스템 크기와 비례한 용량")]


def test_an_empty_slot_teaches_nothing() -> None:
    for slot in ("TBD", "≪ blank ≫", "-"):
        assert _entry("엘라스틱", slot, shown=False).taught == ""
