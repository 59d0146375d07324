"""Reading lists: headings over titles of articles, books and videos to read
('Readings', 'Further reading', '참고 자료', '勉強資料'). What stands under
them names sources, not things of the subject: told apart by knowing the
articles, never by knowing the subject."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.notes.model import Deck, Fact

# ('Materials' alone may be a subject's own word, building materials: only
# study or course materials are a reading list.)
_READINGS = re.compile(
    r"(?:(?:learning|further|additional|recommended|useful|external)\s+)?"
    r"(?:readings?|references?|resources?|links?|bibliography)|"
    r"(?:study|learning|course|reading)\s+materials?|"
    r"참고\s*(?:자료|문헌|링크)?|(?:공부|학습)\s*자료|읽을\s*거리|"
    r"参考(?:文献|資料|资料)?|(?:勉強|学習|学习)(?:資料|资料)|"
    # Papers and manuals to read: 'Whitepapers', '백서', '공식 문서', '公式ドキュメント'.
    # (A document alone, '문서', 'ドキュメント', '文档', is also a thing of a
    # document store: only a paper, or a manual said to be official, reads so.)
    r"(?:(?:recommended|official|aws)\s+)?(?:white\s*papers?|documentation|docs)|"
    r"(?:추천|공식|관련|참고)?\s*백서(?:\s*목록|들)?|(?:추천|공식|관련)\s*문서(?:\s*목록|들)?|"
    r"ホワイトペーパー|公式ドキュメント|白皮书|官方文档|推荐阅读",
    re.IGNORECASE)


def reading_list(crumb: str) -> bool:
    """Whether a level of the breadcrumb heads a reading list."""
    return any(names_reading_list(level) for level in crumb.split(" > "))


def names_reading_list(title: str) -> bool:
    return bool(_READINGS.fullmatch(title.strip()))


# Reading lists written as links rather than under a heading that says so:
# '- [Queue FAQ](…)', '- [웹 서비스 호스팅 안내서](….pdf)'. A link's
# title names a page to read; under which heading the author filed it is no
# fact of the subject, and the title is no description of that heading.


def without_reading_links(deck: Deck) -> Deck:
    """The deck without its reading-list entries: every line whose words are a
    link's title alone (Fact.link) and has nothing of its own under it, and every
    line that only headed such entries ('복제와 장애 조치' over two
    links; a 'term: definition' line keeps what it says itself)."""
    if not any(f.link for t in deck.topics() for f in t.all_facts()):
        return deck
    sections = tuple(
        replace(s, topics=tuple(replace(t, facts=_unlinked(t.facts)) for t in s.topics))
        for s in deck.sections)
    return replace(deck, sections=sections)


def _unlinked(facts: Sequence[Fact]) -> tuple[Fact, ...]:
    out: list[Fact] = []
    entries = 0
    for fact in facts:
        kept = _unlinked(fact.children) if fact.children else ()
        if kept:
            out.append(fact if kept == fact.children else replace(fact, children=kept))
        elif not fact.link and (not fact.children or _says_itself(fact)):
            out.append(replace(fact, children=()) if fact.children else fact)
        else:
            entries += 1
    # A list made mostly of reading entries is a reading list: a plain title
    # among them ('비용 줄이기 발표 2019' beside linked ones) is one
    # more entry. Lines with lines of their own and 'term: definition' lines stay.
    if entries >= _MOSTLY * len(out) and entries >= 2:
        out = [f for f in out if f.children or _says_itself(f)]
    return tuple(out)


# Reading entries to each other line of a list that make it a reading list
# (two in three lines).
_MOSTLY = 2


def _says_itself(fact: Fact) -> bool:
    """A line over links that says something on its own: a term with its
    definition written on the line ('샤딩: 키로 데이터를 나누어 담는 방식' over its guide)."""
    return fact.term is not None and bool(fact.definition) \
        and (fact.definition or "") in fact.text
