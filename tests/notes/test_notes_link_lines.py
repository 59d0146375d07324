"""A line whose words are a link's title alone is marked (Fact.link): an
entry of a reading list, which the quiz reads as no fact. A line that says
something beside its link, or goes on in words of its own on the next line,
is no such entry. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown

NOTES = """# 읽을 문서

### 저장소
- [블록 스토리지 FAQ](https://example.com/block)
- https://example.com/objects
- 참고: [파일 시스템 개요](https://example.com/files)
- [서비스 한도](https://example.com/limits): 요청으로 올릴 수 있는 한도와 올릴 수 없는 한도가 있다
- 볼륨은 [스냅샷](https://example.com/snap)으로 백업한다
- [아카이브 스토리지](https://example.com/archive)
  가장 싼 대신 꺼내는 데 몇 시간이 걸린다
1. [수명 주기 규칙 안내](https://example.com/life)
2. 오래된 객체는 더 싼 클래스로 옮긴다
"""


def test_a_line_of_a_link_alone_is_marked() -> None:
    deck = parse_markdown(NOTES, "docs.md")
    marks = {f.text: f.link for t in deck.topics() for f in t.all_facts()}
    assert marks["블록 스토리지 FAQ"] is True
    assert marks["https://example.com/objects"] is True
    assert marks["참고: 파일 시스템 개요"] is True
    assert marks["수명 주기 규칙 안내"] is True
    assert marks["서비스 한도: 요청으로 올릴 수 있는 한도와 올릴 수 없는 한도가 있다"] is False
    assert marks["볼륨은 스냅샷으로 백업한다"] is False
    assert marks["아카이브 스토리지 가장 싼 대신 꺼내는 데 몇 시간이 걸린다"] is False
    assert marks["오래된 객체는 더 싼 클래스로 옮긴다"] is False
