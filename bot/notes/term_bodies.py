"""A glossary entry written as a bullet naming the term, its description on the
indented lines below it with no bullet of their own:

    * CMM
        高品質のソフトウェアの開発能力を評価する成熟度モデル
    * BSC:Balanced Score Card
        戦略的経営管理のためのコンセプト。
    * 삽입 이상(insertion anomalies)
      원하지 않는 자료가 삽입된다든지 …

Markdown renders the indented line as the bullet's next words, and the parser
read it so (a wrapped bullet: '- 사용자 데이터 스크립트를 사용하여 … 가능' /
'  (부팅 작업 자동화 …)'). But a line that names a thing and nothing more is
no sentence broken off: what is written under it describes it, as a nested
bullet would. Read so, the entry is a concept with its statements, and the
term can be asked for by its description.

Only on evidence: the bullet is one line that is a name (short, no sentence
end, no predicate, no mark that waits for more words), and the indented line
does not go on with it (wrapping.continues: no lower-case English run-on, no
particle glued to the word above; no aside or arrow leaning on it).
"""

from __future__ import annotations

import re

from bot.notes.wrapping import continues

# 'BSC:Balanced Score Card', 'CMMI: Capability Maturity Model Integration':
# an abbreviation and the words it stands for, all in Latin letters.
_SPELLED_ABBREVIATION = re.compile(
    r"[A-Z][A-Za-z0-9&./-]{0,9}\s*[:：]\s*[A-Z][A-Za-z0-9&'./-]*(?:\s+[A-Za-z0-9&'./-]+){0,9}")
# A name is short: a few words, or a short run of CJK or Hangul.
_MAX_NAME = 32
_MAX_WORDS = 5
# Where a sentence or a clause stops, or a mark that waits for more words.
_STOPS = re.compile(r"[.!?。！？;；,，、:：=→>\-–—(（/&+]\s*$|[.。!?！？]\s")
# A predicate closing the line: a Korean sentence or noun-predicate ending
# ('…다', '…함', '…가능', '…포함'), a Japanese verb or copula ('…する', '…ない',
# '…です'), a Chinese one ('…的', '…了'). A line closing on one says something.
_KO_PREDICATE = re.compile(
    r"(?:다|요|함|음|임|됨|있음|없음|가능|불가|필요|포함|제공|지원|을|를|에서|으로|하고|하며|하여)$")
_JA_PREDICATE = re.compile(
    r"(?:する|した|される|された|できる|ある|いる|なる|ない|ます|です|だ|た|れる|せる|"
    r"[をがはにでとのもへ])$")
_ZH_PREDICATE = re.compile(r"[的了是在和与及或把被]$")
# English words that make a line a clause rather than a name.
_CLAUSE_WORDS = frozenset("""
a an the is are was were be been has have had do does did can could will would shall should
may might must this these that those it they we you he she which who when where if because
""".split())
# A body line that leans on the line above: an aside, an arrow, a list mark.
_LEANS = re.compile(r"^(?:[(（\[［→⇒←-]|->|=>|\+\s|\*\s)")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def names_only(head: str) -> bool:
    """Whether a bullet's one line is a name and nothing more ('CMM',
    'ケーパビリティー', '삽입 이상(insertion anomalies)', 'Same Origin Policy',
    'BSC:Balanced Score Card'), not a sentence or a piece of one."""
    head = head.strip()
    if not head:
        return False
    if _SPELLED_ABBREVIATION.fullmatch(head):
        return True
    if len(head) > _MAX_NAME or len(head.split()) > _MAX_WORDS or _STOPS.search(head):
        return False
    words = re.findall(r"[A-Za-z']+", head)
    if any(w.lower() in _CLAUSE_WORDS for w in words):
        return False
    bare = re.sub(r"\s*[(（][^()（）]*[)）]\s*$", "", head)  # ('삽입 이상(insertion …)')
    if _HANGUL.search(bare) and _KO_PREDICATE.search(bare):
        return False
    if _KANA.search(bare) and _JA_PREDICATE.search(bare):
        return False
    return not (_HAN.search(bare) and not _KANA.search(bare) and _ZH_PREDICATE.search(bare))


def heads_a_body(head: str, body: str) -> bool:
    """Whether `body`, an indented line with no bullet right under the one-line
    bullet `head`, describes what `head` names (it opens the bullet's nested
    description) rather than going on with its words."""
    body = body.strip()
    if not body or _LEANS.match(body) or not names_only(head):
        return False
    if body[0].isascii() and body[0].islower():
        return False  # ('- Merge sort' / '  runs in …': English going on)
    return not continues(head, body)
