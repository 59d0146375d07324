"""Inline syntax people put in notes, read down to the words a reader sees.

Obsidian and GitHub notes carry markup that is not part of what they say:
`[[link|text]]`, `==highlight==`, `%%comment%%`, `#tags`, `[text](url)`,
footnote marks (`[^1]`), `<img>` tags. `plain` keeps the words and drops the
markup; `images` finds the pictures (Markdown, Obsidian embeds and HTML) so the
parser can record them; `link_only` says whether a line is nothing but links
(navigation, an index).
"""

from __future__ import annotations

import re

# `![[diagram.png]]`, `![[Other note]]`: an embed is a picture or another note.
EMBED_RE = re.compile(r"!\[\[([^\]|]+)(?:\|[^\]]*)?\]\]")
WIKILINK_RE = re.compile(r"\[\[([^\]|#]*)(?:#([^\]|]*))?(?:\|([^\]]*))?\]\]")
LINK_RE = re.compile(r"(?<!!)\[([^\]]*)\]\((?:<[^>]*>|[^)\s]*)(?:\s+\"[^\"]*\")?\)")
MD_IMAGE_RE = re.compile(r"!\[([^\]]*)\]\(([^)\s]*)[^)]*\)")
HTML_IMG_RE = re.compile(r"<img\s[^>]*>", re.IGNORECASE)
_ATTR_RE = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""")
HIGHLIGHT_RE = re.compile(r"==(?=\S)(.+?)(?<=\S)==")
# A footnote's mark ('… the smallest cut[^1].', '… 임계 영역[^critical-section]의')
# and the label opening its text ('[^1]: …'): a reader sees a raised number, no
# word of the sentence. A named mark is a key of two characters or more, right
# after a word and not followed by a Latin letter or digit (a particle may
# follow, '영역[^cs]의'): 'd[^i]g' is a regular expression's class.
FOOTNOTE_RE = re.compile(
    r"^\s*\[\^(?:\d{1,3}|[A-Za-z][\w-]{1,40})\]:\s*"
    r"|(?<=\S)\[\^(?:\d{1,3}|[A-Za-z][\w-]{1,40})\](?![A-Za-z0-9_(\[:])")
# A footnote's text ('[^packet]: …'): the line that explains a word at its mark.
FOOTNOTE_TEXT_RE = re.compile(r"^\s{0,3}\[\^[^\]\s]{1,40}\]:")
COMMENT_RE = re.compile(r"%%.*?%%")
HTML_COMMENT_RE = re.compile(r"<!--.*?-->")
# `#tag` and `#nested/tag` but not `C#`, `#1`, or a heading (`# Title`).
TAG_RE = re.compile(r"(?<![\w&#])#(?=[^\W\d])[\w/-]+")
# Tags are dropped where people put them, after what the line says ("… for replay
# #exam"). A `#word` inside the sentence is a word of it ("#define, #include 지시자
# 해석" in C notes), kept as written.
_TRAILING_TAGS = re.compile(r"(?:[\s,]*" + TAG_RE.pattern + r")+[\s,]*$")
URL_RE = re.compile(r"https?://\S+")
_NAV_REST = re.compile(r"[\W_]+")


def _embed_name(target: str) -> str:
    name = target.strip().rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name[-6:] else name


def images(text: str) -> list[tuple[str, str]]:
    """(alt, target) of every picture in `text`: Markdown, Obsidian, HTML."""
    if "!" not in text and "<" not in text:
        return []  # most lines: every form starts with `![` or `<img`
    found = [(alt, target) for alt, target in MD_IMAGE_RE.findall(text)]
    found += [("", target.strip()) for target in EMBED_RE.findall(text)]
    for tag in HTML_IMG_RE.findall(text):
        attrs = {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or ""
                 for m in _ATTR_RE.finditer(tag)}
        found.append((attrs.get("alt", ""), attrs.get("src", "")))
    return found


def without_images(text: str) -> str:
    if "!" not in text and "<" not in text:
        return text
    return HTML_IMG_RE.sub(" ", EMBED_RE.sub(" ", MD_IMAGE_RE.sub(" ", text)))


def plain_links(text: str) -> str:
    """`[[page#part|shown]]` -> shown, `[[page]]` -> page, `[text](url)` -> text."""

    def wiki(m: re.Match[str]) -> str:
        page, part, shown = m.group(1), m.group(2), m.group(3)
        return (shown or page or part or "").strip()

    return LINK_RE.sub(r"\1", WIKILINK_RE.sub(wiki, text))


_MARKUP = frozenset("[]=%#<!(")


def plain(text: str) -> str:
    """Markup that is not words removed: comments, embeds, highlights, tags, links."""
    if _MARKUP.isdisjoint(text):
        return text
    text = COMMENT_RE.sub(" ", HTML_COMMENT_RE.sub(" ", text))
    text = without_images(text)
    text = HIGHLIGHT_RE.sub(r"\1", text)
    if "[^" in text:
        text = FOOTNOTE_RE.sub("", text)
    text = plain_links(text)
    return _TRAILING_TAGS.sub("", text)


def link_only(text: str) -> bool:
    """True when a line says nothing but links: `[뒤로](..)/[위로](#..)`,
    `- [Part 2](part2.md)`, `See 👉 [Answer](https://…)`. One short word may be
    left ("See", "Source:"), which is how such lines are written."""
    if "[" not in text and "://" not in text:
        return False  # no link of any form (the regexes below cost more than this)
    text = without_images(text)
    if not (LINK_RE.search(text) or WIKILINK_RE.search(text) or URL_RE.search(text)):
        return False
    rest = URL_RE.sub(" ", WIKILINK_RE.sub(" ", LINK_RE.sub(" ", text)))
    words = [w for w in _NAV_REST.split(HTML_IMG_RE.sub(" ", rest)) if w]
    return len(words) <= 1 and sum(len(w) for w in words) <= 10


# 'Official documentation: [Troubleshooting applications](…)', '공식 문서 -
# [EKS 사용 설명서](…)', '入門記事：[VPC入門](…)': a short label, then a link alone.
_LABEL_SPLIT = re.compile(r"\s*(?:[:：]|\s[-–—]\s)\s*")
_LABEL_MAX_WORDS = 5


def labelled_link(text: str) -> bool:
    """True when a line is a short label and a link alone after it: the label
    files the link under a kind of reading (a category of a reading list), and
    the link's title names a page to read. Neither says anything of the subject."""
    if "[" not in text and "://" not in text:
        return False
    parts = _LABEL_SPLIT.split(without_images(text).strip(), maxsplit=1)
    if len(parts) != 2:
        return False
    label, rest = parts
    if not label.strip() or "[" in label or "://" in label:
        return False
    words = [w for w in _NAV_REST.split(label) if w]
    return 0 < len(words) <= _LABEL_MAX_WORDS and link_only(rest) \
        and bool(LINK_RE.search(rest) or WIKILINK_RE.search(rest) or URL_RE.search(rest))


def reading_entry(text: str) -> bool:
    """A line that names a page to read and nothing else: links alone, or a
    short label and a link (model.Fact.link)."""
    return link_only(text) or labelled_link(text)


def anchor_link(text: str) -> bool:
    """A link to a heading of the same page (`[Process](#process)`): a table of contents."""
    return bool(re.search(r"\]\(#[^)]*\)", text)) and link_only(text)


def tags_only(text: str) -> bool:
    """A line of Obsidian tags (`#aws #networking`): metadata, not a fact."""
    return "#" in text and bool(TAG_RE.search(text)) and not TAG_RE.sub(" ", text).strip(" ,")
