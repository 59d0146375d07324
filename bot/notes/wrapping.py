"""Hard-wrapped prose: a paragraph (or a list item) whose sentence runs on over
lines the author broke at a column ('… why would we want to throw away' /
'information like constant factors …'). The parser reads a paragraph line by
line, and a line of such a paragraph is only a piece of a sentence: read alone,
it is a fragment no clue or choice may show.

Many notes write one fact per line with no bullets, in Korean and Japanese
above all ('캐시는 CPU와 RAM 사이에 존재' / '보통 메인보드에 존재한다고 함'): those
lines are facts of their own, and none of them ends a sentence either. So a
line is joined to the one above it only on evidence that the sentence goes on:
the line above stops on a word that cannot end a sentence (a comma, an open
bracket, an article or a preposition, a particle that needs its verb), or this
line opens in lower case in the middle of an English sentence.
"""

from __future__ import annotations

import re

# The end of a sentence or of a lead-in: nothing runs on past it.
_ENDS = re.compile(r"(?:[.!?。！？:：;；]|[.!?。！？][\"'”’)）\]]*)$")
# Abbreviations a wrapped sentence may break after ('(e.g.,' is a comma).
_ABBREVIATIONS = re.compile(r"(?:\be\.g|\bi\.e|\betc|\bvs|\bcf|\bresp|\bapprox)\.$",
                            re.IGNORECASE)
# A mark the sentence cannot stop on: a comma, an open bracket, a joining dash
# or slash, an operator.
_OPEN_MARK = re.compile(r"[,，、(（\[［{/&+=–—-]$")
# English words no sentence ends on.
_FUNCTION_WORDS = frozenset("""
a an the of to in into on onto at by for from with without within and or nor but than as
that which who whose whom where when while because since if unless whether is are was were
be been being has have had do does did can could will would shall should may might must
not no its their our your his her this these those such via per like about between among
through during over under both either neither each every any some most more less very so
""".split())
# Korean endings and particles that wait for the rest of their sentence: an
# object's or a place's particle, a connective ending ('…하고', '…지만').
# (Single syllables that also end nouns, '이', '가', '고', '서', '면', are not
# read: '차이', '문서', '화면' end lines of their own.)
_KO_OPEN = re.compile(
    r"(?:를|을|에서|으로|에게|부터|까지|하고|하며|하여|해서|되어|되고|되며|하면|이며|으며|"
    r"지만|는데|이고|와의|과의|및|또는|그리고)$")
# Japanese particles that wait for their predicate ('…を' / '…が' / '…は').
_JA_OPEN = re.compile(r"[をがはにでと]$")
_KANA = re.compile(r"[\u3040-\u30ff]")
# A line opening on a Korean particle, a word of its own ('를 구현 할 수 있다'
# under '… 해당 [QoS클래스](…)', broken after a link): no sentence opens on
# one, so the line goes on with the one above. ('이', '그', '도', '만' are left
# out: '이 서비스는' opens on a determiner, '도 단위', '만 원' on nouns.)
_KO_PARTICLE_START = re.compile(
    r"^(?:를|을|은|는|가|의|에|에서|에게|에는|으로|로|와|과)\s+\S")
# A line opening on a Japanese particle ('を使用する', 'が必要', 'の場合'):
# を always; the others only before a kanji, katakana or Latin word ('では、',
# 'とても', 'はじめに' open sentences).
_JA_PARTICLE_START = re.compile(
    r"^(?:を(?!\s*$)|[がはにでとの](?=[\u4e00-\u9fff\u30a0-\u30ffA-Za-z]))")
# A line that opens like code or a command, not like a sentence's next words.
# ('$ kubectl …' is a shell prompt; '$T(N)$ grows …' opens on a formula.)
_CODE_START = re.compile(r"^(?:[`#>|]|\$\s|[\w.-]+\s+-{1,2}\w|[\w-]+[/_.]\w)")
# A shell prompt, a comment or a quote's mark: the line above is no sentence.
_PROMPT = re.compile(r"^(?:\$\s|[#>|])")
_WORD = re.compile(r"[A-Za-z']+")
# A wrapped English line is long: a line of a few words is written on its own.
_WRAPPED_WORDS = 6


def glued(line: str) -> bool:
    """Whether `line`, going on with the line above, opens on a particle of the
    word that ends it: it is joined with no space ('QoS클래스' + '를 구현 …')."""
    line = line.strip()
    return bool(_KO_PARTICLE_START.match(line) or _JA_PARTICLE_START.match(line))


def continues(above: str, line: str) -> bool:
    """Whether `line` (a paragraph line right below the paragraph or list item
    line `above`, no blank between) goes on with the sentence `above` began."""
    above, line = above.rstrip(), line.strip()
    if not above or not line or _PROMPT.match(above):
        return False
    if _ENDS.search(above) and not _ABBREVIATIONS.search(above):
        return False
    if _OPEN_MARK.search(above) or _ABBREVIATIONS.search(above):
        return True
    if glued(line):
        return True
    words = _WORD.findall(above)
    first = line.split()[0]
    # (A capitalised plain word under 'so that' opens an item of a list the
    # line leads in to: 'Partition the array so that' / 'Elements less than …'.)
    item = first.istitle() and first.isalpha() and len(first) > 1
    if words and above.endswith(words[-1]) and words[-1] in _FUNCTION_WORDS \
            and len(words) >= 3 and not item:
        return True
    if _KO_OPEN.search(above) or (_KANA.search(above) and _JA_OPEN.search(above)
                                  and len(above) >= 12):
        return True
    # English run on: the line opens on a lower-case word, under a line long
    # enough to have been wrapped, and is not another line of the same form
    # ('kubectl get pods' / 'kubectl get nodes').
    word = first.rstrip(",;:.!?)").replace("'", "")
    same_form = first == above.split()[0] and first.lower() not in _FUNCTION_WORDS
    return (first[:1].islower() and first.isascii() and word.isalpha()
            and len(words) >= _WRAPPED_WORDS and not same_form and not _CODE_START.match(line))
