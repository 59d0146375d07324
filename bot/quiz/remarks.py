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


# Remarks about learning the topic rather than facts of it: how to understand
# or remember it ('Dining Philosophers 문제를 떠올리면, 쉽게 이해할 수 있다',
# 'keep in mind', '覚えておこう', '记住'), or a study goal ('… 방법 숙지'). Said
# of the reader, never of the system: '사용자가 이해할 수 있는 형식', 'the cache
# remembers the last value', '浏览器会记住密码' stay facts. (The note-taker's
# exam and weight remarks are material.is_remark's own patterns.)
_LEARNING = re.compile(
    # Korean: understanding made easy on a condition ('…을 떠올리면, 쉽게 이해할
    # 수 있다'; not a purpose, '누구나 쉽게 이해할 수 있도록 표현하는 개념', nor
    # an analogy, 'OS라고 생각하면 된다'), remembering asked of the reader, a goal.
    r"면\s*,?\s*(?:\S+\s+)?(?:쉽게|편하게|편히)\s*(?:이해|기억|외울|외워)|"
    r"면\s*,?\s*(?:\S+\s+)?(?:이해|기억|암기)(?:하기|가)\s*(?:쉽|편하|좋)|"
    r"(?:이해|기억)하면\s*(?:된다|됨|돼|쉽|편하|좋)|"
    r"(?:생각|떠올리|연상)(?:하|해\s*보)?면\s*(?:쉽|편하|이해|기억)|"
    r"떠올리면|"
    # ('기억해야 한다' is no remark: a stateful server must remember its clients.)
    r"기억(?:하자|해\s*(?:두|놓)(?:자|면|기|세요|어야|십시오)|할\s*것|하기\s*바람)|"
    r"알아\s*(?:두자|두면|두어야|둬야|놓자|놓으면)|외워\s*(?:두|놓)|숙지|"
    # English: the reader asked to remember, or told how it is easy to grasp.
    r"(?:^|[.!;:,]\s*|\b(?:just|always|so|also|and|please)\s+)remember\s+(?:that|this|to)\b|"
    r"\bkeep\s+(?:this\s+)?in\s+mind\b|\bnote\s+to\s+self\b|\bworth\s+remembering\b|"
    r"\beas(?:y|ier)\s+to\s+(?:understand|grasp|remember)\s+(?:if|when|once|by)\b|"
    r"\bhelps?\s+(?:to\s+)?(?:understand|remember)\s+(?:it|this)\b|"
    # Japanese: '覚えておこう', '押さえておきたい', '…と考えると理解しやすい'.
    r"覚えて(?:おく|おこう|おき|おけ|ください)|覚えよう|覚えましょう|"
    r"押さえて(?:おこう|おき|おく|おけ|ください)|"
    r"(?:と|れば|ると)(?:理解|イメージ)しやすい|(?:考える|思い浮かべる|イメージする)と"
    r"(?:分かりやすい|わかりやすい|理解しやすい)|"
    # Chinese: '要记住', '牢记', '…就容易理解了'.
    r"(?:要|请|需要|一定要|必须)(?:牢)?记住|牢记|记住(?:这|：|:)|"
    r"(?:就|便)(?:很|比较)?(?:容易|好)理解",
    re.IGNORECASE)


# A word every match of _LEARNING holds: most lines hold none, and are told
# at once without the search (every line a build reads is asked).
_LEARNING_WORDS = (
    "이해", "기억", "암기", "외울", "외워", "알아", "숙지", "떠올", "생각", "연상",
    "remember", "keep", "note", "eas", "help", "覚え", "押さえ", "理解", "イメージ",
    "わかりやすい", "分かりやすい",
    "记住", "牢记")


def about_learning(text: str) -> bool:
    """Whether the line is a remark about learning the topic, not a fact of it."""
    folded = text.lower()
    return any(word in folded for word in _LEARNING_WORDS) and bool(_LEARNING.search(text))
