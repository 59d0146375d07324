"""Reading single lines of Markdown notes: what kind of line it is and its parts.

Pure functions over one line; the parser (parser.py) keeps the state. The rules
are lenient on purpose: study notes mix tabs and spaces, put two spaces after a
bullet, and write `term : definition` or `term: definition`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from bot.notes.shortcodes import without_shortcodes
from bot.notes.text import is_cjk

TAB_WIDTH = 4

# A leading `\s*+` is possessive (it never gives spaces back; what follows it
# cannot be a space, so it matches the same lines): without it a failed match
# retries at every column, and a list nested thousands deep has lines of
# thousands of tabs, read by several patterns each.
HEADING_RE = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
# Numbered items: "1. title", "1) title"; also "1.title" (seen in hand-written notes).
NUMBERED_RE = re.compile(r"^(\s*+)(\d{1,4})[.)](?:\s+(.*))?$")
BULLET_RE = re.compile(r"^(\s*+)([-*+])(?:\s+(.*))?$")
# Outline numbering written with numbered symbols: a keycap digit ('1️⃣'), '🔟',
# circled or negative circled numbers ('①', '❶', '➀', '➊'). They number a line as
# '1.' does, so the line is read as '1. …' (or, after a bullet, loses the mark):
# the symbol is no part of its text, nor of a choice or clue made from it.
_SYMBOL_NUMBER_RE = re.compile(
    r"^(?P<indent>\s*+)(?P<bullet>[-*+]\s+)?"
    r"(?P<mark>\d\ufe0f?\u20e3|\U0001f51f|[\u2460-\u2473\u2776-\u2793])\s*(?=\S)")


def _symbol_number(mark: str) -> int:
    if mark == "\U0001f51f":
        return 10
    if mark[0] in "0123456789":  # (a keycap; '①'.isdigit() holds too)
        return int(mark[0])
    code = ord(mark)
    first = max(f for f in (0x2460, 0x2776, 0x2780, 0x278A) if f <= code)  # ①, ❶, ➀, ➊
    return code - first + 1


def symbol_numbers_as_digits(lines: list[str]) -> list[str]:
    """Lines outside code fences with a leading numbered symbol written as the
    numbered item (or bullet) it stands for: '1️⃣ 定义数据库' -> '1. 定义数据库',
    '- ② 구독 생성' -> '- 구독 생성'."""
    out: list[str] = []
    fence = ""
    for line in lines:
        fm = FENCE_RE.match(line)
        if fm and (not fence or fm.group(1).startswith(fence)):
            fence = "" if fence else fm.group(1)[:3]
        m = None if fence else _SYMBOL_NUMBER_RE.match(line)
        if m is None:
            out.append(line)
        elif m.group("bullet"):
            out.append(m.group("indent") + m.group("bullet") + line[m.end():])
        else:
            number = _symbol_number(m.group("mark"))
            out.append(f"{m.group('indent')}{number}. {line[m.end():]}")
    return out
CHECKBOX_RE = re.compile(r"^\[([ xX])\]\s*(.*)$")
FENCE_RE = re.compile(r"^\s*+(`{3,}|~{3,})\s*([\w+#.-]*)")
IMAGE_RE = re.compile(r"!\[([^\]]*)\]\(([^)\s]*)[^)]*\)")
THEMATIC_RE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
# No two `\s*` may share the same spaces: `\s*\|?\s*` backtracks quadratically.
TABLE_SEP_RE = re.compile(r"^\s*+(?:\|\s*)?:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*(?:\|\s*)?$")
# HTML that notes carry: only tags a browser knows, so a placeholder written
# in angle brackets ('<service>.<namespace>.svc.cluster.local', 'List<T>',
# '<pod-name>') stays as written; a self-closing element of any name
# ('<AlgorithmCourses />', an MDX component) is markup too.
HTML_TAG_NAMES = (
    "a|abbr|article|aside|audio|b|big|blockquote|body|br|caption|center|cite|code|col"
    "|colgroup|dd|del|details|dfn|div|dl|dt|em|figcaption|figure|font|footer|h[1-6]|head"
    "|header|hr|html|i|iframe|img|input|ins|kbd|label|li|link|mark|meta|nav|ol|p"
    "|picture|pre|s|samp|script|section|small|source|span|strike|strong|style|sub"
    "|summary|sup|table|tbody|td|tfoot|th|thead|tr|tt|u|ul|video|wbr"
)
HTML_TAG_RE = re.compile(
    rf"</?(?:{HTML_TAG_NAMES})(?![A-Za-z0-9_-])(?:\s[^<>]*)?/?>"
    r"|<[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/>",
    re.IGNORECASE,
)
SUMMARY_RE = re.compile(r"<summary>(.*?)</summary>", re.IGNORECASE)
# "term : definition", "term: definition", "**term**: definition", "term:" (empty).
TERM_RE = re.compile(r"^(?P<term>[^:]{1,60}?)\s*:(?:\s+(?P<def>.*)|\s*)$")
BOLD_TERM_RE = re.compile(
    r"^\*\*(?P<term>[^*]{1,60})\*\*(?P<sep>\s*[:\-–—]\s*|\s+|)(?P<def>.*)$"
)
# After a bold phrase with no separator, text that starts with a particle or a
# comma continues the sentence ("**18% 이상**의 …", "**무료**, TTL …"): the
# bold is emphasis, not a term.
_CONTINUES = re.compile(r"^[,.;)\]]")
# "**Verify IP configuration** on relevant interfaces", "**Convert to binary** if
# necessary", "**Check for issues** requiring …": English that goes on in lower
# case with a preposition, a conjunction or a participle (after an aside, too)
# is one sentence with its key words in bold, not a term and what it means.
_RUNS_ON = re.compile(
    r"^(?:\([^()]*\)\s*)?(?:(?:on|in|at|to|for|with|without|by|from|of|into|onto|via|like|as|"
    r"than|if|when|while|before|after|until|unless|across|between|through|within|per|and|or|"
    r"but|so|that|which|where|using|requiring|including|allowing|causing|making|being|having|"
    r"providing|containing|following|according|during|unlike|nor|such|instead|rather|then)\s)")
# "**Ping** sends …", "**Pods** are …", "**Redis** (in memory) used for …": English
# that goes on from a bold term with a verb of its own says what the term is or
# does. A plural noun is no such verb ('configurations', 'operations', 'logs' after
# a bold verb: "**Verify** configurations and connectivity").
_PREDICATE = re.compile(
    r"^(?:\([^()]*\)\s*)?(?:(?:is|are|was|were|can|cannot|will|may|might|must|should|"
    r"could|would|does|do|did|has|have|had)\b|[a-z]+(?<![su]s)(?<!i)(?<!ion)(?<!ment)"
    r"(?<!ing)(?<!er)(?<!or)(?<!nce)(?<!ic)(?<!ure)s\b|"
    # A participle with what it is done by or for ('used for …', 'based on …'),
    # not one before its noun ('expired keys').
    r"[a-z]+ed(?:$|\s+(?:for|by|in|on|to|with|as|at|from|into|via|when|if|only)\b))")
# A lower-case English word right after the bold phrase (an aside may stand between).
_LOWER_RUN = re.compile(r"^(?:\([^()]*\)\s*)?[a-z]")
# "**공개 리소스만** HTTP 헬스 체크 가능": a bold phrase closed by a particle is the
# subject or object of the sentence it starts.
_PARTICLE_CLOSED = re.compile(r"[\uac00-\ud7a3](?:은|는|을|를|만|에서|에게|으로)$")
# A word with no Latin letter right after the bold phrase that a comma or a
# colon closes ('**김흠돌의 난** 진압, …', '**국학** 설치: 유학 교육'), or a
# predicate that ends the line ('**신라방·신라소** 개설됨', '**기밀성** 다룸.'):
# the bold phrase is the object or the subject of that word, which the note
# runs on with, not a term it defines. Cut after the bold phrase, the rest is a
# predicate with no subject ('개설됨', '징발, 물자 수탈, …') or a label with
# its colon ('설치: 유학 교육'). ('**Issuer** 발행자' names a translation.)
_WORD_RUNS_ON = re.compile(r"^(?P<word>[^\sA-Za-z,:：]+)(?P<close>[,，、:：]|\s*$)")
# (A Korean word closed by a full stop ends a sentence: '다룸.', '사용.'.)
_PREDICATE_END = re.compile(r"(?:[됨함음임]|[가-힣]다)\.?$|[가-힣]\.$")
# '**내부 단편화** 란, 메모리를 …', '**B-Tree**란 …': 'X란' says what X is, a
# separator as a colon is.
_DEFINED_AS = re.compile(r"^\s*(?:이)?란(?:[,，]\s*|\s+)(?=\S)")
EMPHASIS_RE = re.compile(r"(\*\*|__)(.+?)\1")


def indent_width(line: str) -> int:
    """Columns of leading whitespace, tabs advancing to the next multiple of 4."""
    # str methods instead of a loop per character: a list nested thousands
    # deep has lines of thousands of tabs, and parse time must stay linear
    # with a small factor (lstrip() with no argument is the fast one).
    lead = line[: len(line) - len(line.lstrip())]
    tabs = lead.count("\t")
    if tabs == 0 and lead.count(" ") == len(lead):
        return len(lead)
    if tabs == len(lead):
        return TAB_WIDTH * tabs
    col = 0
    for ch in lead:
        if ch == " ":
            col += 1
        elif ch == "\t":
            col += TAB_WIDTH - col % TAB_WIDTH
        else:
            break
    return col


# An aside closing a line ('Memory (RAM)', '保留（默认）'), in ASCII or full-width
# brackets: what the line says stands before it.
_CLOSING_ASIDE_RE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def without_closing_aside(text: str) -> str:
    """The text without the bracketed aside it closes on (only the last one)."""
    if ")" not in text and "）" not in text:
        return text  # (most lines: no aside to look for)
    return _CLOSING_ASIDE_RE.sub("", text)


def parting(left: str, right: str) -> str:
    """What a reader sees where markup stood between the characters `left`
    and `right`: nothing, but a space where it parted a CJK word from a Latin
    one after it ('기본*underlying*', '시간<i>latency</i>': the slant was the
    only break, and glued the words read as one). A Latin word then a CJK
    one stays glued: that is a particle ('**S3**에'); so does a number
    ('よくある**3つ**')."""
    return " " if left and right and is_cjk(left) and right.isascii() and right.isalpha() else ""


def _unwrapped(m: re.Match[str], group: int) -> str:
    """The words a pair of markers wraps, parted from the text either side as
    `parting` says."""
    inner, text = m.group(group), m.string
    before = text[m.start() - 1] if m.start() else ""
    after = text[m.end()] if m.end() < len(text) else ""
    return parting(before, inner[:1]) + inner + parting(inner[-1:], after)


def strip_emphasis(text: str) -> str:
    """`**bold**` and `__bold__` lose their markers; the words stay."""
    if "**" not in text and "__" not in text:
        return text
    return EMPHASIS_RE.sub(lambda m: _unwrapped(m, 2), text)


# A code span in a heading, of any number of backticks ('`sed`', '``SFY``',
# '`` a`b ``'): a heading is a name a reader sees in a breadcrumb or a choice,
# where the marks are raw markup; the characters inside are the name.
_HEADING_CODE_RE = re.compile(r"(`+)\s?([^`](?:.*?[^`])?)\s?\1(?!`)")


def without_code_marks(title: str) -> str:
    """A heading's title with its code spans' backticks removed, the words kept
    ('S&P 500? ``SFY`` (SoFi)' -> 'S&P 500? SFY (SoFi)')."""
    if "`" not in title:
        return title
    return " ".join(_HEADING_CODE_RE.sub(r"\2", title).split())


_WRAPPED_ITALIC_RE = re.compile(r"^([_*])(?![_*\s])([^_*]*?)(?<![_*\s])\1$")


def unwrap_italic(text: str) -> str:
    """A heading set in italics as a whole ('_데드락 발생 조건_', '*Overview*')
    loses its markers: a reader sees slanted words, not underscores. Only a
    whole title wrapped in one marker, with no other marker inside, so a
    snake_case name or 'a * b' keeps its characters."""
    m = _WRAPPED_ITALIC_RE.match(text)
    return m.group(2) if m else text


# Elements a browser sets inside the line, with no break around them
# ('<b>S3</b>에', '<span>&#36;</span>1', '<mark>min-cut</mark>이라는'): their
# tags leave nothing. Other tags ('<br>', '<p>', '<td>') break the line.
_INLINE_TAG_RE = re.compile(
    r"</?(?:a|abbr|b|big|cite|code|del|dfn|em|font|i|ins|kbd|mark|s|samp|small|span|strike"
    r"|strong|tt|u)(?![A-Za-z0-9_-])(?:\s[^<>]*)?>",
    re.IGNORECASE)
_RAISED_RE = re.compile(r"<(?P<tag>sup|sub)(?:\s[^<>]*)?>(?P<inner>[^<>]{1,80})</(?P=tag)>",
                        re.IGNORECASE)
# What a superscript or subscript holds when it is part of a formula: a
# power ('n<sup>2</sup>', '2<sup>n+1</sup>') or an index ('log<sub>2</sub>').
_FORMULA_PART = re.compile(r"[\w+\-−*/.()]{1,8}")
# A note's mark raised after a word ('latency<sup>1</sup>', '<sup>[2]</sup>').
_NOTE_MARK = re.compile(r"\[?(?:\d{1,3}|[*†‡]{1,3})\]?")


def _raised(m: re.Match[str]) -> str:
    """A superscript or subscript written as a reader says it on one line: a
    power after a number or a variable as 'n^2' (what 'O(n^2)' is typed as),
    an index as 'log2' or 'x_i', a note's mark after a word dropped, and words
    (a gloss, '지연 시간<sup>Latency</sup>으로') in brackets."""
    inner = " ".join(m.group("inner").split())
    before = m.string[: m.start()]
    base = before[-1:]
    variable = base.isascii() and base.isalpha() and not before[-2:-1].isalpha()
    formula = bool(_FORMULA_PART.fullmatch(inner)) and (base.isdigit() or base in ")]" or variable)
    if not inner:
        return ""
    if m.group("tag").lower() == "sup":
        if formula:
            return "^" + inner if inner.isalnum() else f"^({inner})"
        if _NOTE_MARK.fullmatch(inner):
            return ""
    elif formula or (_FORMULA_PART.fullmatch(inner) and base.isalpha()):
        return inner if inner.isdigit() else "_" + inner
    return f"({inner})"


def without_leading_symbols(title: str) -> str:
    """A heading without the symbols it opens on ('✔️ kube-apiserver', '📌 요약',
    '✅ Prepare'): a check mark or an emoji decorates the title, a reader
    does not read it as a word of it (nor of a breadcrumb showing it)."""
    at = 0
    while at < len(title) and (title[at].isspace() or title[at] in "\ufe0f\ufe0e\u200d"
                               or (unicodedata.category(title[at]) in ("So", "Sk")
                               and not title[at].isascii())):
        at += 1
    return title[at:] if at < len(title) else title


def without_tags(text: str, repl: str) -> str:
    """HTML tags replaced by `repl` (most lines have none: no regex for them):
    superscripts and subscripts read as `_raised` says, the tags of inline
    elements leaving nothing (`parting`)."""
    if "<" not in text:
        return text
    text = _RAISED_RE.sub(_raised, text)
    text = _INLINE_TAG_RE.sub(lambda m: parting(m.string[m.start() - 1: m.start()],
                                                m.string[m.end(): m.end() + 1]), text)
    return HTML_TAG_RE.sub(repl, text)


# A backslash before ASCII punctuation is a Markdown escape ('\\*', '\\_', '\\#',
# '\\|', '\\['): a reader sees the character alone. (Before a letter it is no
# escape: TeX's '\\frac' keeps its backslash.)
_ESCAPE_RE = re.compile(r"\\([!-/:-@\[-`{-~])")
# Code spans keep their characters as written ('`s3:*`', '`a\\*b`').
_CODE_SPAN_RE = re.compile(r"(`+)[^`]+?\1")
# '*slanted words*': a marker that opens before a word (not inside one) and
# closes after one; 'i*2 + 1', 'SELECT *', '*.txt', 's3:* on …' and
# '[*]' open nothing.
_ITALIC_RE = re.compile(r"(?<![A-Za-z0-9_*\\])\*(?=[\w(\[\"'“‘])([^*\n]+?)"
                        r"(?<=[\w)\]\"'”’.!?])\*(?![A-Za-z0-9_*])")
# '_slanted words_': as CommonMark reads them, opening and closing outside a
# word, so 'snake_case', '___' (a blank) and '__init__' open nothing.
# (Nor an index in TeX: 'x_{ij}', '\\sum_{j=1}', "x'_{AB}", '(v)_L'.)
_UNDERSCORE_ITALIC_RE = re.compile(
    r"(?<![\w\\/}\])'^])_(?=[^\s_{])([^_\n]+?)(?<=[^\s_\\])_(?![\w/{])")
# A formula in TeX ('$x_{ij}$', '$$\\sum_{j} a_j$$'): its characters are its own.
_MATH_RE = re.compile(r"\$\$?[^$\n]+?\$\$?")
# '~~struck words~~': what the author struck out, which a reader does not take
# as said ('~~5 GB~~ 5 TB').
_STRUCK_RE = re.compile(r"~~(?=[^\s~])[^~\n]+?(?<=[^\s~])~~(?!~)")
# Emphasis markers left with no partner ('raw objects**', an unclosed '**'):
# no character a reader should see. Two or three stars, or two underscores,
# not inside a word ('2**10' is a power, '___' a blank to fill in).
# A struck span the sentence needs: glued to the word after it ('TPM의 ~~공개키~~를
# 사용하여') or closing the line on the sentence's own predicate ('유일성과 최소성을
# ~~모두 만족해야 한다.~~'). The author marked the words wrong without writing
# the right ones in their place: without them the line has a hole, with them
# it says what the author struck out.
_STRUCK_HOLE_RE = re.compile(
    r"~~(?=[^\s~])[^~\n]+?(?<=[^\s~])~~(?:(?=[^\W_])|(?<=[.。!！]~~)\s*$)")
_STRAY_RE = re.compile(r"(?<![\w*])\*{2,3}(?!\*)|(?<!\*)\*{2,3}(?![\w*])"
                       r"|(?<![\w_])__(?!_)|(?<!_)__(?![\w_])")
_MARKUP_CHARS = frozenset("\\*_`~")
# A banner of asterisks around a line ('********Kind: Pod  *******'): decoration,
# no emphasis to pair; read as stray pairs it would leave 'Pod *****'.
_BANNER_RE = re.compile(r"^\s*\*{4,}|\*{4,}\s*$")


def struck_hole(raw: str) -> bool:
    """The line as written strikes out words its sentence needs (_STRUCK_HOLE_RE)."""
    return "~~" in raw and bool(_STRUCK_HOLE_RE.search(raw))


def clean_inline(text: str) -> str:
    """Text as a reader sees it: no HTML tags, no emphasis markers (paired or
    stray), Markdown escapes resolved, single spaces. Code spans are kept."""
    text = without_tags(text, " ")
    if "&" in text:
        text = html.unescape(text)  # "&nbsp; 인덱스", "A &amp; B"
    if "****" in text:
        text = _BANNER_RE.sub(" ", text)
    # (Before emphasis: the underscores of ':white_check_mark:' are no italics.)
    text = without_shortcodes(text)
    text = strip_emphasis(text)
    if not _MARKUP_CHARS.isdisjoint(text):
        text = _outside_code(text, _unmarked)
    return " ".join(text.split())


def _outside_code(text: str, change: Callable[[str], str]) -> str:
    """`change` applied to the text between code spans; a backtick left with no
    partner is a stray marker and goes."""
    out: list[str] = []
    at = 0
    for span in _CODE_SPAN_RE.finditer(text):
        out.append(change(text[at:span.start()]).replace("`", ""))
        out.append(span.group())
        at = span.end()
    out.append(change(text[at:]).replace("`", ""))
    return "".join(out)


def _unmarked(text: str) -> str:
    """Italic markers removed, escapes resolved, then emphasis markers left
    with no partner removed: an escaped '\\*\\*' after a phrase is the same
    stray pair to a reader, and a single escaped '\\*' stays a star."""
    if "*" in text:
        text = _ITALIC_RE.sub(lambda m: _unwrapped(m, 1), text)
    if "_" in text:
        text = _outside_math(text)
    if "~~" in text:
        text = _STRUCK_RE.sub(" ", text)
    if "\\" in text:
        text = _ESCAPE_RE.sub(r"\1", text)
    if "**" in text or "__" in text:
        text = _STRAY_RE.sub("", text)
    return text


def _outside_math(text: str) -> str:
    """Underscore italics unwrapped outside TeX formulas."""
    out: list[str] = []
    at = 0
    for formula in _MATH_RE.finditer(text) if "$" in text else ():
        out.append(_UNDERSCORE_ITALIC_RE.sub(lambda m: _unwrapped(m, 1), text[at:formula.start()]))
        out.append(formula.group())
        at = formula.end()
    out.append(_UNDERSCORE_ITALIC_RE.sub(lambda m: _unwrapped(m, 1), text[at:]))
    return "".join(out)


@dataclass(frozen=True, kw_only=True, slots=True)
class TermSplit:
    term: str | None
    definition: str | None
    arrow: str | None = None


def _bold_runs_on(rest: str) -> str:
    """How the words after a bold phrase and a space go on from it with a word
    of their own ('**국학** 설치: 유학 교육'): "label" when a colon closes that
    word (the bold phrase and the word are the line's label), "clauses" when a
    comma does or it is a predicate ending the line (no term at all), "" when
    the words do not run on so."""
    run = _WORD_RUNS_ON.match(rest)
    if run is None:
        return ""
    close = run.group("close").strip()
    if close in (":", "："):
        return "label"
    if close or _PREDICATE_END.search(run.group("word")):
        return "clauses"
    return ""


# '**NOT Serverless** - need to create server instances': a denial shouted in
# capitals before a word in lower case is a property of the thing the section
# is about, no name ('NOT NULL', 'NOT IN' are names: keywords in capitals).
_DENIED = re.compile(r"^NOT\s+(?=\S*[a-z])")
# A comma inside the bold phrase ('**Petabyte scale, wide column** NoSQL DB'):
# a list of qualities of the words after it, no name they define.
_LISTED_QUALITIES = re.compile(r"[,，、]")
# '**우주 온도** 약 **3000K** 정도까지 하락', '**Core temperature** about 15
# million K': a figure said to be about so much is the bold thing's measure,
# a statement of quantity, no definition of it.
_ABOUT_A_FIGURE = re.compile(
    r"^(?:약|대략|about|approximately|approx\.|around|roughly|ca\.|~|約|约|大约)\s*"
    r"(?:\*\*)?\s*[0-9０-９]", re.IGNORECASE)


def _bold_is_term(bold: re.Match[str]) -> bool:
    """Whether a leading bold phrase is a term: a separator follows it (or ends
    it), or a space and then words; not when the sentence runs on from it, nor
    a denial ('**NOT Serverless**'). With only a space after it, a list of
    qualities ('**Petabyte scale, wide column** NoSQL DB') or a figure said to
    be about so much ('**우주 온도** 약 **3000K** 정도까지 하락') makes the line
    no 'term + definition'."""
    sep, term, rest = bold.group("sep"), bold.group("term").rstrip(), bold.group("def")
    if _DENIED.match(term):
        return False
    if sep.strip() or term.endswith((":", "：")):
        return True
    if sep and (_bold_runs_on(rest) or _LISTED_QUALITIES.search(mask_brackets(term))
                or _ABOUT_A_FIGURE.match(rest.lstrip())):
        return False
    # "**Troubleshoot** existing broken resources", "**Scale** applications": a
    # verb in bold and its object, no term and what it means (the object cut
    # off would read as a definition). English running on in lower case is a
    # definition only when it opens with a verb of its own.
    if _LOWER_RUN.match(rest) and not _PREDICATE.match(rest):
        return False
    return bool(sep) and not _CONTINUES.match(rest) and not _RUNS_ON.match(rest) \
        and not _PARTICLE_CLOSED.search(term)


def split_term(text: str) -> TermSplit:
    """Find a `term : definition` or `term -> definition` reading of a fact.

    A colon wins over an arrow. URLs and times (`http://`, `10:30`) are not
    terms because the colon must be followed by a space or end the line.
    """
    text = without_tags(text, " ").strip()
    bold = BOLD_TERM_RE.match(text) if text.startswith("**") else None
    if bold and not bold.group("sep").strip():
        defined = _DEFINED_AS.match(bold.group("def"))
        if defined and bold.group("term").strip():
            return TermSplit(term=clean_inline(bold.group("term")),
                             definition=clean_inline(bold.group("def")[defined.end():]))
        if bold.group("sep") and _bold_runs_on(bold.group("def")) == "clauses":
            # ('**공녀·환관** 징발, 물자 수탈, **응방**: 매': the colon further on is
            # a clause's own, not the line's.)
            return _split_arrow(clean_inline(text))
    if bold and bold.group("def").strip() and _bold_is_term(bold):
        # "**Header length:** text": the colon written inside the bold is the separator.
        term = clean_inline(bold.group("term")).rstrip(" :：")
        if term:
            return TermSplit(term=term, definition=clean_inline(bold.group("def")))
    text = strip_emphasis(text)
    # A colon inside brackets ('X (a: b) c') is a remark's own, never the
    # line's separator: the pattern reads the line with bracketed text masked.
    match = TERM_RE.match(mask_brackets(text))
    if match and not match.group("term").rstrip().endswith(("http", "https")):
        term = clean_inline(text[: match.end("term")])
        definition = clean_inline(text[match.start("def"):] if match.group("def") else "")
        if term and not term.startswith("->"):
            return TermSplit(term=term, definition=definition)
    return _split_arrow(clean_inline(text))


_BRACKETS = {")": "(", "]": "[", "）": "（"}


def mask_brackets(text: str) -> str:
    """The text with what balanced brackets hold replaced by '_', same length.

    Separators inside brackets ('ARP(IP주소 -> MAC주소)', '(a: b)') belong to
    the bracketed remark; an unbalanced bracket ('1) …') masks nothing.
    """
    chars = list(text)
    opened: list[int] = []
    for index, char in enumerate(text):
        if char in "([（":
            opened.append(index)
        elif char in _BRACKETS and opened and text[opened[-1]] == _BRACKETS[char]:
            start = opened.pop()
            if not opened:
                chars[start + 1 : index] = "_" * (index - start - 1)
    return "".join(chars)


def _split_at_arrows(text: str) -> list[str]:
    """The parts of `text` between its '->' arrows outside brackets."""
    masked = mask_brackets(text)
    parts: list[str] = []
    start = 0
    at = masked.find("->")
    while at != -1:
        parts.append(text[start:at].strip())
        start = at + 2
        at = masked.find("->", start)
    parts.append(text[start:].strip())
    return parts


def _split_arrow(text: str) -> TermSplit:
    stripped = text.strip()
    if not stripped.startswith("->") and "->" not in mask_brackets(stripped):
        return TermSplit(term=None, definition=None)
    if stripped.startswith("->"):
        return TermSplit(term=None, definition=None, arrow="follows")
    parts = _split_at_arrows(stripped)
    if len(parts) > 2 or any(not p for p in parts):
        return TermSplit(term=None, definition=None, arrow="flow")
    left, right = parts
    # A short left side names something ("지연로딩 -> 캐시 히트 체크 후 처리");
    # a short right side after a long left one is the name of what was
    # described ("... 1초 미만이 소요되는 것 -> 오로라"). Otherwise the arrow
    # reads "therefore" and there is no term.
    if len(left) <= 24 and len(left.split()) <= 4:
        return TermSplit(term=left, definition=right, arrow="term")
    if len(right) <= 16 and len(left) > 2 * len(right):
        return TermSplit(term=right, definition=left, arrow="reversed")
    return TermSplit(term=None, definition=None, arrow="flow")


def fence_after(raw: str, fence: str) -> str | None:
    """The code fence open after `raw` ('' when none), or None when `raw` is no
    fence line: a fence closes on a bare mark of its own character at least as
    long as the one that opened it ('```python' opens, a later '```' closes)."""
    fm = FENCE_RE.match(raw)
    if fm is None:
        return None
    mark = fm.group(1)
    if not fence:
        return mark
    if mark[0] == fence[0] and len(mark) >= len(fence) and not fm.group(2):
        return ""
    return fence
