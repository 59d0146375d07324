"""Common words HTTP header names are built of, said in Korean, give the
header away: '유효기한' says *Expires*, '마지막으로 갱신' *Last-Modified*,
'콘텐츠 코딩' *Content-Encoding*. Notes written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away

HEADERS = """# HTTP

## Entity Header Field

### Expires
- 리소스의 유효기한 날짜를 전달한다

### Last-Modified
- 리소스가 마지막으로 갱신되었던 날짜 정보를 전달한다

### Content-Encoding
- 서버가 엔티티 바디에 실시한 콘텐츠 코딩 형식을 전달한다

### Content-Language
- 엔티티 바디에 사용된 자연어를 전달한다

### Content-Length
- 엔티티 바디의 크기를 바이트 단위로 전달한다

### Allow
- 리소스가 지원하는 메소드의 일람을 전달한다
"""


@pytest.mark.parametrize(("name", "stem", "others"), [
    ("Expires", "리소스의 유효기한 날짜를 전달한다", ["Allow", "Content-Length"]),
    ("Last-Modified", "리소스가 마지막으로 갱신되었던 날짜 정보", ["Allow", "Expires"]),
    ("Content-Encoding", "서버가 실시한 콘텐츠 코딩 형식을 전달한다",
     ["Content-Language", "Content-Length"]),
])
def test_the_stem_says_the_header(name: str, stem: str, others: list[str]) -> None:
    assert gives_away(name, stem, others)


def test_no_question_asks_a_header_its_line_translates() -> None:
    asked = {q.choices[q.answer] for q in build_bank(parse_markdown(HEADERS, "notes.md"))
             if q.kind == "name"}
    assert not asked & {"Expires", "Last-Modified", "Content-Encoding"}
