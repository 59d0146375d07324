"""Adverts: lines that sell the author's book, course or channel.

Posts often end on an advert for the author's book ('詳しくは拙著をぜひご覧
ください', '書籍で学べる完全なテスト戦略', 'check out my course', '자세한
내용은 제 책을 참고하세요'), sometimes with the chapters it covers listed
under it ('✅ エラーハンドリング完全ガイド' over three selling points). Such a
line says nothing about the subject: it is never a clue, a fact nor a choice,
and the part of the notes it heads (or stands in) is the advert's, not notes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.notes.literals import holds_any

_PROMO = re.compile(
    # Japanese: 'my book', 'please do take a look', 'learn in the book', 'explained in detail in …'
    r"拙著|(?:筆者|私|著者)の(?:書籍|本|著書)|書籍で学べ|書籍「|ぜひ(?:ご覧|お読み|チェック)|"
    r"ご購入|購読|チャンネル登録|"
    # Korean: 'my book/lecture', 'subscribe', 'see … for the details'
    r"(?:제|저의|필자의)\s*(?:책|저서|강의|강좌|유튜브)|구독\s*(?:해|부탁|과|하기)|"
    r"자세한\s*(?:내용|설명)은.{0,40}참고\s*(?:하세요|해\s*주세요|바랍니다|부탁)|"
    # Chinese: 'my book/course/column', 'follow the official account'
    r"我的(?:新)?(?:书|课程|专栏|公众号)|欢迎关注|关注公众号|详见拙作|"
    # English
    r"\bcheck out my\b|\bmy (?:new )?(?:book|course|newsletter|channel|udemy)\b|"
    r"\bsubscribe to\b|\bbuy (?:my|the) book\b|\bin my (?:book|course)\b",
    re.IGNORECASE)
# Words one of which every match of `_PROMO` holds (a word of each branch, or
# each word one of its alternatives opens on; literals.py).
PROMO_WORDS = (
    "拙著", "の", "書籍", "ぜひ", "ご購入", "購読", "チャンネル登録", "책", "저서", "강의",
    "강좌", "유튜브", "구독", "자세한", "我的", "关注", "详见拙作", "check out my", "my ",
    "subscribe to", "buy ", "in my ",
)


def advertises(text: str) -> bool:
    """A line that sells a book, a course or a channel."""
    return holds_any(text, PROMO_WORDS) and bool(_PROMO.search(text))


def in_advert(headings: Iterable[str], lines: Iterable[str]) -> bool:
    """A part of the notes headed by an advert (a heading or one above it
    sells), or holding one: what it lists are selling points."""
    return any(advertises(h) for h in headings) or any(advertises(t) for t in lines)
