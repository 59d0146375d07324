"""The author's own multiple-choice questions, read from the lines of one block.

A practice question is a stem, three or more options keyed in sequence
(`A.` `B)` `(c)`, `1.` `2)`, `①`), and a line that names the right one:
`Correct answer: B`, `정답: 3번`, `Answer: (b)`, `答え：B`, the key and the
option's text (`B) 251`), the option's text alone, or a `<details>` fold
holding one of these. What follows the answer is the author's explanation.

The reading is strict on purpose: the bot asks the question as written and
grades against the author's answer, so an answer that names two options
('B, D'), a key no option has, or options that skip a key is no question.
Pure functions over text; cards.py decides where a block starts and ends.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.notes.lines import without_closing_aside, without_tags

_FENCE_RE = re.compile(r"^\s*(?:`{3,}|~{3,})")
_BULLET_RE = re.compile(r"^\s*(?:>\s?)*\s*(?:[-*+]\s+)?")
_RULE_RE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,}|<hr\s*/?>|<br\s*/?>)$", re.IGNORECASE)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
_OPTION_RE = re.compile(
    r"^(?:\((?P<paren>[A-Fa-f]|\d{1,2})\)\s*|(?P<mark>[A-Fa-f]|\d{1,2})[.)]\s+"
    rf"|(?P<circled>[{_CIRCLED}])\s*)(?P<text>\S.*)$"
)
_ANSWER_LABEL = (
    r"(?:correct\s+answers?|right\s+answer|answers?|ans|정답|답|答え|正解|解答|答案|正确答案)"
)
# "Correct answer: B", "정답 : 3번", "答え：B" (the value may follow on the next line).
_ANSWER_RE = re.compile(rf"^{_ANSWER_LABEL}\s*(?:is\s*)?[:：]\s*(?P<value>.*)$", re.IGNORECASE)
# "Answer C", "Ans b : on-demand costs more", "정답 3번": the key right after
# the label with no colon, alone or before the author's reason. Only one key
# standing alone: "Answer D, E" names two options, "Answer a few" is prose.
_KEYED_ANSWER_RE = re.compile(
    rf"^{_ANSWER_LABEL}\s+\(?(?P<key>[A-Za-z]|\d{{1,2}}|[{_CIRCLED}])\)?\s*번?"
    r"(?:\s*[:：]\s*(?P<reason>.*))?$",
    re.IGNORECASE,
)
# A bare answer label: the title of a <details> fold, or a line above the value.
_ANSWER_TITLE_RE = re.compile(
    rf"^{_ANSWER_LABEL}(?:\s*(?:보기|확인|및\s*해설|and\s+explanation))?\s*[:：.]?$"
    r"|^(?:show|reveal|see)\s+(?:the\s+)?answers?$",
    re.IGNORECASE,
)
# The answer value: one key, bare or in brackets ("B", "(b)", "3번", "③").
_KEY_RE = re.compile(rf"^\(?(?P<key>[A-Za-z]|\d{{1,2}}|[{_CIRCLED}])\)?\s*번?$")
# A key followed by the option's text ("B) 251", "C. S3 Glacier").
_KEY_TEXT_RE = re.compile(
    rf"^\(?(?P<key>[A-Za-z]|\d{{1,2}}|[{_CIRCLED}])[.):]\s*(?P<text>\S.*)$"
)
# "**Domain:** Design Resilient Architectures", "**한글 번역:** …": a labelled
# line of metadata, not the question (unless the label says it is the question).
_LABELLED_RE = re.compile(
    r"^\*\*(?P<label>[^*]{1,30}?)(?:\s*[:：]\s*\*\*|\*\*\s*[:：])\s*(?P<value>.*)$"
)
_STEM_LABEL_RE = re.compile(r"^(?:question|문제|질문|問題?|问题|q)$", re.IGNORECASE)
# "**선지:**", "Options:", "보기": a label over the options, no content of its own.
_OPTIONS_LABEL_RE = re.compile(
    r"^(?:options?|choices?|선지|보기|선택지|選択肢|选项)\s*[:：]?$", re.IGNORECASE
)


def is_options_label(text: str) -> bool:
    """A label over the options ('Options:', '보기', '選択肢'), no question."""
    return _OPTIONS_LABEL_RE.match(_plain(text)) is not None


_IMAGE_RE = re.compile(r"!\[[^\]]*\]\(|<img\b", re.IGNORECASE)
_ARROW_RE = re.compile(r"\s+(?:→|->)\s+")
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
# A title over the author's explanation, or the label opening it: '해설',
# '선지별 해설', 'Explanation', 'Why C is correct', '解説', '理由'.
_EXPLAINS_RE = re.compile(
    r"^(?:\W*\w+\s+){0,2}(?:explanations?|explained|why|reasons?|reasoning|rationale|"
    r"해설|풀이|설명|이유|근거|解説|解析|解释|解釋|説明|说明|理由)\b",
    re.IGNORECASE,
)
# 'Key point: …', '핵심 개념: …': a short label opening a line of its own.
_LABEL_RE = re.compile(r"^[^\W\d][\w\s-]{0,24}[:：]\s")
MIN_OPTIONS = 3
# Lines of a stem written among other text (not under a heading of its own).
MAX_BLOCK_STEM = 6
MAX_NOTE_LINES = 3


@dataclass(frozen=True, slots=True)
class Practice:
    """A practice question as the author wrote it. `answer` is the index of the
    option the author's answer names; None when the block names none (the
    answer may stand under a heading of its own). `problem` says why an answer
    that was written names no single option."""

    stem: str
    options: tuple[str, ...]
    keys: tuple[str, ...]
    answer: int | None
    note: str = ""
    # The note stands under a title that says it explains ('해설:', 'Why C is
    # correct:', '**Explanation:** …'), not only after the answer.
    note_titled: bool = False
    problem: str = ""
    # Lines read, from the first: the question, its answer and (in a block
    # among others) the one paragraph of explanation right after it.
    end: int = 0
    # The author's lines on the other options ('B) NACL: … also works, but …'),
    # when the explanation goes option by option: where the author may concede
    # that a wrong option works too.
    others: tuple[str, ...] = ()


def _plain(text: str) -> str:
    text = text.replace("**", "").replace("__", "").replace("==", "")
    return " ".join(text.split())


def _unmarked(line: str) -> str:
    """The line without quote marks and a bullet."""
    return _BULLET_RE.sub("", line, count=1).strip()


def _key(raw: str) -> str:
    """One spelling per key: 'b' for B and (b), '3' for 3, 03 and ③."""
    if raw in _CIRCLED:
        return str(_CIRCLED.index(raw) + 1)
    return str(int(raw)) if raw.isdigit() else raw.lower()


def _series(first: str) -> list[str]:
    """The keys options take in order, from the first one's."""
    if first.isdigit():
        return [str(n) for n in range(int(first), int(first) + 10)]
    return [chr(c) for c in range(ord(first), ord("f") + 1)]


def _option(text: str) -> tuple[str, str] | None:
    m = _OPTION_RE.match(_plain(text))
    if m is None:
        return None
    raw = m.group("paren") or m.group("mark") or m.group("circled")
    return _key(raw), m.group("text").strip()


def _same(a: str, b: str) -> bool:
    def flat(s: str) -> str:
        return re.sub(r"\s+", " ", s.replace("`", "")).strip(" .。").lower()
    return flat(a) == flat(b)


def _restates(one: str, other: str) -> bool:
    """Whether `other` only says `one` again: the same words, the same with an
    aside spelling it out, or its translation in the other script."""
    return _same(one, other) or _same(one, without_closing_aside(other)) \
        or (not _CJK_RE.search(one) and bool(_CJK_RE.search(other)))


def _in_cjk(text: str) -> bool:
    """Whether a stem is written in Korean, Japanese or Chinese (more of its
    characters in those scripts than Latin words), not English."""
    return len(_CJK_RE.findall(text)) > len(re.findall(r"[A-Za-z]+", text))


def _untranslated(texts: Sequence[str], stem: str) -> list[str]:
    """Options each written with the author's translation after an arrow
    ('VPC Peering → VPC 피어링', 'AWS VPN CloudHub → AWS VPN CloudHub', 'ALB →
    ALB (Application Load Balancer)'): each choice is one side, the same side
    on all, so no choice is named twice. The side in the stem's language is
    shown when every option writes it so, else the originals. Any other arrow
    ('Client -> ALB') is content."""
    parts = [_ARROW_RE.split(text) for text in texts]
    if not all(len(p) == 2 and _restates(p[0], p[1]) for p in parts):
        return list(texts)
    if _in_cjk(stem) and all(_CJK_RE.search(p[1]) for p in parts):
        return [p[1].strip() for p in parts]
    return [p[0].strip() for p in parts]


def named_option(value: str, keys: Sequence[str], texts: Sequence[str]) -> int | None:
    """The index of the one option an answer value names, or None."""
    value = _plain(without_tags(value, " ")).strip().rstrip(".。").strip()
    if not value:
        return None
    m = _KEY_RE.match(value)
    if m is not None:
        key = _key(m.group("key"))
        return keys.index(key) if key in keys else None
    m = _KEY_TEXT_RE.match(value)
    if m is not None:
        key = _key(m.group("key"))
        if key in keys and _same(m.group("text"), texts[keys.index(key)]):
            return keys.index(key)
        return None
    same = [i for i, text in enumerate(texts) if _same(value, text)]
    return same[0] if len(same) == 1 else None


_LINK_TAIL_RE = re.compile(
    r"\s*(?:→|->|see|참고\s*:?|cf\.?)?\s*\[[^\]]*\]\([^)]*\)[\s,.]*$", re.IGNORECASE)
_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def _unlinked(text: str) -> str:
    """A line of explanation without the links that close it ('→ [📖 CNAME vs
    Alias](/section/…)': a pointer to another page), other links as their text."""
    while True:
        cut = _LINK_TAIL_RE.sub("", text)
        if cut == text:
            return _LINK_RE.sub(r"\1", text).strip()
        text = cut


def _answer_text(line: str) -> str:
    text = _plain(_unmarked(line))
    # A whole line set as code ('`Answer C`') reads as its text.
    text = re.sub(r"^`([^`]+)`$", r"\1", text)
    return re.sub(r"^[^\w(]+", "", text)


def keyed_reason(line: str) -> str:
    """The author's reason written after a key on its answer line ('Answer C :
    on-demand costs more' -> 'on-demand costs more'), or ''."""
    m = _KEYED_ANSWER_RE.match(_answer_text(line))
    return (m.group("reason") or "").strip() if m is not None else ""


def answer_value(line: str) -> str | None:
    """The value of an answer line ('' when the label stands alone), or None
    when the line is no answer line."""
    text = _answer_text(line)
    m = _ANSWER_RE.match(text)
    if m is not None:
        return m.group("value").strip()
    m = _KEYED_ANSWER_RE.match(text)
    if m is not None:
        return m.group("key")
    return "" if _ANSWER_TITLE_RE.match(text) else None


def answer_key_only(line: str) -> bool:
    """An answer line that gives an option's key alone ('**답 : ④**', 'Answer: C',
    '正解：B'): the key of an exam question whose options the notes may not
    even list. It says nothing of the subject, nor names a part of the notes."""
    value = answer_value(line)
    return value is not None and _KEY_RE.match(value) is not None and not keyed_reason(line)


class _Reader:
    def __init__(self, lines: Sequence[str], title: str, *, block: bool,
                 paragraph: bool) -> None:
        self.lines = list(lines)
        self.title = _plain(title)
        self.block = block
        self.max_stem = MAX_BLOCK_STEM if block else len(self.lines)
        self.paragraph = paragraph
        self.gap = False
        self.reason = ""
        self.titled = False
        self.stem: list[str] = []
        self.keys: list[str] = []
        self.texts: list[str] = []

    def read(self) -> Practice | None:
        at = self.read_options()
        if at is None or len(self.texts) < MIN_OPTIONS:
            return None
        stem = self.stem_text()
        if not stem:
            return None
        written = self.texts
        self.texts = _untranslated(self.texts, stem)
        rest = self.lines[at:]
        found = self.answer(rest)
        if found is None:
            return Practice(stem=stem, options=tuple(self.texts), keys=tuple(self.keys),
                            answer=None)
        value, after = found
        index = named_option(value, self.keys, self.texts)
        if index is None and written != self.texts:  # the answer as the author wrote it
            index = named_option(value, self.keys, written)
        if index is None:
            return Practice(stem=stem, options=tuple(self.texts), keys=tuple(self.keys),
                            answer=None,
                            problem=f"the answer {value!r} names no single option")
        why = list(rest[after:])
        if self.block:
            # Among other questions only the lines right below the answer
            # explain it; after a blank line may come the next question.
            why = why[:next((k for k, line in enumerate(why) if not line.strip()), len(why))]
        note = self.note(why, index)
        return Practice(stem=stem, options=tuple(self.texts), keys=tuple(self.keys),
                        answer=index, note="\n".join(filter(None, (self.reason, note))),
                        note_titled=bool(note) and self.titled,
                        end=at + after + len(why), others=self.others(why, index))

    def read_options(self) -> int | None:
        """Reads stem and options; the index of the first line after the
        options, or None when the lines are no plain practice question."""
        for n, raw in enumerate(self.lines):
            text = _unmarked(raw)
            if _FENCE_RE.match(raw) or text.startswith("|") or _IMAGE_RE.search(text):
                # Code, a table or a picture in the question: not asked without it.
                return None if not self.texts else n
            if not text or _RULE_RE.match(text):
                self.gap = self.gap or bool(self.stem)
                continue
            option = _option(text)
            if option is not None and (not self.texts or self.next_key() == option[0]):
                if not self.texts and option[0] not in ("a", "1"):
                    return None
                self.keys.append(option[0])
                # Choices are plain text, as other kinds' are ('`s3:*`' -> s3:*).
                self.texts.append(option[1].replace("`", "").rstrip(". "))
                continue
            if self.texts:
                return n
            if answer_value(text) is not None:
                return None  # an answer before any option
            if self.paragraph and self.gap:
                return None  # an unnumbered question is one paragraph
            self.stem_line(text)
            if len(self.stem) > self.max_stem:
                return None  # prose, not a question's stem
        return len(self.lines) if self.texts else None

    def next_key(self) -> str:
        series = _series(self.keys[0])
        at = len(self.keys)
        return series[at] if at < len(series) else ""

    def stem_line(self, text: str) -> None:
        labelled = _LABELLED_RE.match(text)
        if labelled is not None:
            label = labelled.group("label").strip()
            if _STEM_LABEL_RE.match(label) and labelled.group("value").strip():
                self.stem.append(_plain(labelled.group("value")))
            return  # metadata ('Domain:', a translation) or a label over the options
        plain = _plain(text)
        if _OPTIONS_LABEL_RE.match(plain):
            return
        self.stem.append(plain)

    def stem_text(self) -> str:
        body = " ".join(self.stem).strip()
        asks = self.title.endswith(("?", "？"))
        if asks or not body:
            return " ".join(filter(None, (self.title, body)))
        return body

    def answer(self, rest: Sequence[str]) -> tuple[str, int] | None:
        """(value, index of the line after it) of the first answer in `rest`:
        an answer line, a label with the value on the next line, or a
        <details> fold holding either."""
        n = 0
        while n < len(rest):
            text = _unmarked(rest[n])
            if not text or _RULE_RE.match(text):
                n += 1
                continue
            if text.lower().startswith("<details"):
                return self.folded(rest, n)
            value = answer_value(text)
            if value is None:
                return None  # other text first: the answer, if any, is not this block's
            if value:
                self.reason = keyed_reason(text)
                return value, n + 1
            m = next((k for k in range(n + 1, len(rest)) if _unmarked(rest[k])), None)
            if m is None:
                return None
            return _unmarked(rest[m]), m + 1
        return None

    def folded(self, rest: Sequence[str], start: int) -> tuple[str, int] | None:
        """`<details><summary>정답</summary> B </details>`."""
        inside: list[str] = []
        end = start
        for k in range(start, len(rest)):
            end = k
            low = rest[k].lower()
            inside.append(rest[k])
            if "</details>" in low:
                break
        else:
            return None
        text = "\n".join(inside)
        summary = re.search(r"<summary[^>]*>(.*?)</summary>", text, re.IGNORECASE | re.DOTALL)
        if summary is not None:
            title = _plain(without_tags(summary.group(1), " "))
            if title and answer_value(title) is None:
                return None  # a fold titled otherwise holds something else
            text = text[summary.end():]
        lines = [_unmarked(without_tags(line, " ")) for line in text.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            return None
        value = answer_value(lines[0])
        first = value if value else lines[0]
        if value == "" and len(lines) > 1:
            first = lines[1]
        return first, end + 1

    def note(self, after: Sequence[str], index: int) -> str:
        """The author's 'why': the line that opens with the right option's key
        when the author explains option by option, else the first lines."""
        key = self.keys[index]
        lines = _explanation_lines(after)
        for text in lines:
            m = _KEY_TEXT_RE.match(text)
            if m is None and explains(text):
                self.titled = True  # ('해설:' over the options' lines, as a rule)
            if m is not None and _key(m.group("key")) == key:
                said = m.group("text").strip()
                # '(B) 정답 : Alias Record는 …': the label says what the key did.
                return answer_value(said) or said
        kept: list[str] = []
        for text in lines:
            if text.endswith((":", "：")) and len(text.split()) <= 8:
                if kept:
                    break  # the next part ('Why the other options are incorrect:')
                continue  # its own title ('Why B is correct:'), which names a key
            if _KEY_TEXT_RE.match(text):
                break  # option by option, and not the right one's
            kept.append(text)
            if len(kept) == MAX_NOTE_LINES:
                break
        return "\n".join(kept)


    def others(self, after: Sequence[str], index: int) -> tuple[str, ...]:
        """The author's lines on the options other than the right one: a line
        opening with another option's key ('B) NACL: …') and the lines under
        it, up to the next key or title."""
        right = self.keys[index]
        out: list[str] = []
        current = ""
        for text in _explanation_lines(after):
            m = _KEY_TEXT_RE.match(text)
            if m is not None and _key(m.group("key")) in self.keys:
                current = _key(m.group("key"))
            elif explains(text) or text.endswith((":", "：")) or _LABEL_RE.match(text):
                current = ""  # a new part ('Why the others are wrong:', '핵심 개념: …')
            if current and current != right:
                out.append(text)
        return tuple(out)


def _explanation_lines(after: Sequence[str]) -> list[str]:
    """The lines of an explanation with words, plain, without links; up to code."""
    lines: list[str] = []
    for raw in after:
        if _FENCE_RE.match(raw):
            break
        text = _plain(without_tags(_unmarked(raw), " ")).strip()
        if text and not _RULE_RE.match(text) and re.search(r"\w", text):
            lines.append(_unlinked(text))
    return lines


def explains(text: str) -> bool:
    """A title or label that says what follows explains the answer ('해설:',
    'Why B is correct:', 'Explanation: …'): a short line ending in a colon, or
    the label of a line ('Reason: …'), holding one of the words for it."""
    head, colon, _ = re.sub(r"[*_#>]", "", text).partition(":")
    if not colon:
        head, colon, _ = head.partition("：")
    return bool(colon) and len(head.split()) <= 8 and bool(_EXPLAINS_RE.match(head.strip()))


def read_practice(lines: Sequence[str], title: str = "", *, block: bool = False,
                  paragraph: bool = False) -> Practice | None:
    """The practice question in `lines` (a heading's own lines), or None when
    they hold no stem with options. `title` is the heading's text after its
    number: the stem when the lines have none, or when it asks itself ('Q1.
    Which …?'), else only a name for the question. `block`: the question
    stands among other text from the first line on (a short stem, one
    paragraph of explanation); `paragraph`: its stem is one paragraph."""
    return _Reader(lines, title, block=block, paragraph=paragraph).read()
