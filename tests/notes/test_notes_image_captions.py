"""A picture's caption (the italic line or figure label right under it) names
what the picture shows: no line of the section the picture sits in. Every
note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown

NOTES = """# 세포

## 세포막의 구조
***

![그림](img/membrane1.png)
_인지질 이중층의 단면<br />
https://example.com/course/1
<br /><br />

* 세포막은 인지질 이중층으로 이루어진다

![diagram](img/membrane2.png)

*Figure 2: transport proteins in the membrane*

<div align="center">
    <img src="img/membrane3.png" alt="3">
    <p><em>막단백질의 종류</em></p>
</div>

![](img/membrane4.png)
그림 4. 수용체의 배치

## 세포벽
![](img/wall.png)

식물 세포는 세포막 바깥에 세포벽이 있다
![](img/wall2.png)
**셀룰로스**가 세포벽의 주성분이다

- ![](img/wall3.png)
- 세포벽은 세포의 모양을 유지한다
"""


def _lines() -> list[str]:
    deck = parse_markdown(NOTES, "cells.md")
    return [f.text for t in deck.topics() for f in t.all_facts()]


def test_a_caption_under_a_picture_is_no_line_of_the_notes() -> None:
    texts = " / ".join(_lines())
    for caption in ("인지질 이중층의 단면", "transport proteins", "막단백질의 종류",
                    "수용체의 배치"):
        assert caption not in texts


def test_lines_near_a_picture_that_are_no_captions_stay() -> None:
    texts = _lines()
    assert "세포막은 인지질 이중층으로 이루어진다" in texts
    # A plain sentence after a blank line, and a bold line right below a
    # picture, say something of their own.
    assert "식물 세포는 세포막 바깥에 세포벽이 있다" in texts
    assert "셀룰로스가 세포벽의 주성분이다" in texts
    assert "세포벽은 세포의 모양을 유지한다" in texts
