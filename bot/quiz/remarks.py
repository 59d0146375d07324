"""Figures someone says rather than figures the notes state.

A line that quotes a remark or a complaint ('「カバレッジ80%なのに本番でバグが出る」',
'"We had 90% coverage and still shipped bugs"') tells a story; so does a
concessive or hypothetical frame ('커버리지가 90%인데도 …', 'even if 3 nodes
fail …', '即使有 5 个副本 …'). The number was picked to make the point, any
other would make it as well: every choice of a cloze on it reads as a true
sentence. A figure quoted as a term or a value ('"99.99%" availability', 'the
"3-2-1" rule') is neither: the quote must hold a clause and stand as a remark
(the line's whole content, or reported by a verb of saying).
"""

from __future__ import annotations

import re

# Pairs of quotation marks around a span with no closing mark inside. A
# straight single quote needs a non-word character outside it on both sides,
# so an apostrophe ("it's", "users'") opens nothing.
_QUOTED = re.compile(
    r"「([^」]*)」|『([^』]*)』|“([^”]*)”|‘([^’]*)’|\"([^\"]*)\"|(?<!\w)'([^']*)'(?!\w)")
# A clause: letters enough, besides the figure, to say something of it.
_WORDS = re.compile(r"[A-Za-z]{2,}|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
_CLAUSE_LETTERS = 6
# What may stand around a quote that is the line's whole content: a bullet,
# a closing punctuation mark or an ellipsis.
_AROUND = re.compile(r"^[\s\-*+>•・]*$")
_AFTER = re.compile(r"^[\s.。!?！？…,、]*$")
# A verb or particle that reports speech right after the quote ('…」と言われる',
# '…"라고 물었다', '…" he said', '…", asks a reader').
_REPORTED = re.compile(
    r"^\s*[,，、]?\s*(?:と(?:言|い[うわ]|聞|よく)|って|라고|라며|하고\s*(?:묻|말)|"
    r"(?:he|she|they|someone|people|users?|developers?|a reader)?\s*"
    r"(?:says?|said|asks?|asked|complains?|complained|told|wrote)\b|说|问|抱怨)",
    re.IGNORECASE)


def quoted_remark(text: str, start: int, end: int) -> bool:
    """The figure at text[start:end] sits inside a quoted remark."""
    for m in _QUOTED.finditer(text):
        inner_start = m.start() + 1
        inner_end = m.end() - 1
        if not (inner_start <= start and end <= inner_end):
            continue
        inner = text[inner_start:start] + " " + text[end:inner_end]
        if sum(len(w) for w in _WORDS.findall(inner)) < _CLAUSE_LETTERS:
            return False  # a quoted value or name, not a remark
        before, after = text[: m.start()], text[m.end():]
        return bool((_AROUND.match(before) and _AFTER.match(after))
                    or _REPORTED.match(after))
    return False


# Concessive or hypothetical frames. After the figure, in its clause (ja, ko):
# 'カバレッジ80%なのに', '10%としても', '90%인데도', '2개가 다운되더라도'. A bare
# 'のに' only where a clause ends with it: '処理するのに3秒' says what a task takes.
_CONCEDED_AFTER = re.compile(
    r"^[^、。,.;；!?！？\n]*?(?:なのに|のに(?=[、,，」』…]|$)|としても|"
    r"더라도|(?:인|는|은)데도)")
# Before the figure, in its clause (zh, en): '即使有5个副本', '虽然覆盖率90%，但…',
# 'even if 3 nodes fail'.
_CONCEDED_BEFORE = re.compile(r"(?:即使|即便|哪怕|虽然|尽管|\beven (?:though|if)\b)"
                              r"[^、。,，.;；!?！？\n]*$", re.IGNORECASE)


def conceded(text: str, start: int, end: int) -> bool:
    """The figure at text[start:end] sits in a concessive or hypothetical clause."""
    return bool(_CONCEDED_AFTER.match(text[end:]) or _CONCEDED_BEFORE.search(text[:start]))
