"""Captions: the line that labels a picture, not a line about the section.

Notes pasted from a blog put a picture on a line of its own and its caption
right below it, written in italics ('_Protein folding_', '*Figure 2*',
'<p><em>…</em></p>', '<figcaption>…') or opening on a figure label ('그림 3.',
'Figure 2:', '図1', '图1'). The caption names what the picture shows; read as a
line of the notes it becomes a 'fact' of whatever heading the picture sits
under (a caption of protein folding under the heading about amino acids), and
a quiz asks for that heading from it. The prepass marks such lines skipped.
"""

from __future__ import annotations

import re

from bot.notes import inline as I
from bot.notes import lines as L

# A line that shows pictures and nothing else (a bullet mark, HTML wrappers
# such as '<p align="center">' or '<br>' around them are no words).
_WRAPPER_RE = re.compile(r"<[^<>]*>")
# Italic opened at the line's start: '_text_', '*text*', '<em>', '<i>', and
# '<figcaption>'; a bold '**…**' line is a title, not a caption.
_ITALIC_OPEN_RE = re.compile(
    r"^(?:<(?:p|div|span|center)\b[^>]*>\s*)*"
    r"(?:_(?!_)\S|\*(?![*\s])|<(?:em|i|figcaption)\b)", re.IGNORECASE)
# A figure's label opening the line: 'Figure 2', 'Fig. 3:', '그림 1.', '[그림 2]',
# '図1', '图 3', '表 2' is a table's.
_FIGURE_LABEL_RE = re.compile(
    r"^[\[(<〈]?\s*(?:figure|fig\.|그림|図|图|圖)\s*\d{1,3}(?:[-.]\d{1,3})?\b", re.IGNORECASE)
# How many blank lines may part a picture from its caption.
_MAX_GAP = 1


def _pictures_only(raw: str) -> bool:
    text = raw.strip().lstrip(">").strip()
    if not I.images(text):
        return False
    rest = _WRAPPER_RE.sub(" ", I.without_images(text))
    return not rest.strip(" -*+>\t")


def _is_caption(raw: str) -> bool:
    """`raw` (a line after a picture) reads as its caption: italics opened at
    its start (closed or not: '_Central dogma<br />' has lost its closing
    mark) or a figure's label."""
    text = raw.strip()
    if not text or L.HEADING_RE.match(text) or L.BULLET_RE.match(text) \
            or L.NUMBERED_RE.match(text) or text.startswith("|") or I.images(text):
        return False
    if _ITALIC_OPEN_RE.match(text) and not text.startswith(("**", "__")):
        return True
    return bool(_FIGURE_LABEL_RE.match(text))


def caption_lines(lines: list[str], fenced: set[int]) -> set[int]:
    """Indexes (0-based) of the lines that caption the picture above them."""
    found: set[int] = set()
    for i, raw in enumerate(lines):
        if i in fenced or not _pictures_only(raw):
            continue
        j, gap = i + 1, 0
        while j < len(lines) and not lines[j].strip() and gap < _MAX_GAP:
            j, gap = j + 1, gap + 1
        if j < len(lines) and j not in fenced and _is_caption(lines[j]):
            found.add(j)
    return found


# A code caption is short: a few words naming a task ('Get the bucket policy',
# '버킷 정책 조회', 'バケットポリシーを取得'), not a sentence that ends on a stop.
_CODE_CAPTION_WORDS = 8
_CODE_CAPTION_CHARS = 40
_SENTENCE_STOP = (".", "。", "!", "！", "?", "？")
# A short line that does end on a stop but only says when the code below is
# used, or that it follows: 'ターミナルから直接依存関係を指定する場合。', '파일로
# 지정하는 경우.', '使用Docker部署时。', 'For example.', '如下。'. Its clause is
# completed by the code, not by any fact of the section.
_CASE_CAPTION_RE = re.compile(
    r"(?:場合|とき|時|ときは|例|例えば|以下のとおり|以下の通り|次のとおり|次の通り|"
    r"경우|때|예|예시|예제|다음과\s*같다|아래와\s*같다|"
    r"时|情况|情況|如下|例如|示例|"
    r"\b(?:as follows|like this|for example|for instance|e\.g|the following))"
    r"\s*[.。!！]$", re.IGNORECASE)


def _is_code_caption(raw: str) -> bool:
    text = L.BULLET_RE.sub("", raw.strip(), count=1).strip() if L.BULLET_RE.match(raw.strip()) \
        else raw.strip()
    if not text or L.HEADING_RE.match(raw.strip()) or L.NUMBERED_RE.match(raw.strip()) \
            or text.startswith(("|", ">")) or I.images(text):
        return False
    text = text.rstrip(":： ")
    if not text or len(text.split()) > _CODE_CAPTION_WORDS or len(text) > _CODE_CAPTION_CHARS:
        return False
    return not text.endswith(_SENTENCE_STOP) or _CASE_CAPTION_RE.search(text) is not None


def code_caption_lines(lines: list[str], fenced: set[int]) -> set[int]:
    """Indexes (0-based) of the lines that caption the code block right below
    them: a short line with no stop ('Get the bucket policy' over `aws s3api
    get-bucket-policy …`) or one that only says when the code is used ('…
    を指定する場合。', '…하는 경우.'), at most one blank line above the fence. It names
    the task the command does, not a fact of the section it stands in (a
    cheat sheet's caption read as a clue of 'Encryption')."""
    found: set[int] = set()
    for i, raw in enumerate(lines):
        if i in fenced or not raw.strip():
            continue
        j, gap = i + 1, 0
        while j < len(lines) and not lines[j].strip() and gap < _MAX_GAP:
            j, gap = j + 1, gap + 1
        if j < len(lines) and j in fenced and L.FENCE_RE.match(lines[j]) \
                and _is_code_caption(raw):
            found.add(i)
    return found
