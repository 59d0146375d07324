"""Reading lists: headings over titles of articles, books and videos to read
('Readings', 'Further reading', '참고 자료', '勉強資料'). What stands under
them names sources, not things of the subject: told apart by knowing the
articles, never by knowing the subject."""

from __future__ import annotations

import re

# ('Materials' alone may be a subject's own word, building materials: only
# study or course materials are a reading list.)
_READINGS = re.compile(
    r"(?:(?:learning|further|additional|recommended|useful|external)\s+)?"
    r"(?:readings?|references?|resources?|links?|bibliography)|"
    r"(?:study|learning|course|reading)\s+materials?|"
    r"참고\s*(?:자료|문헌|링크)?|(?:공부|학습)\s*자료|읽을\s*거리|"
    r"参考(?:文献|資料|资料)?|(?:勉強|学習|学习)(?:資料|资料)",
    re.IGNORECASE)


def reading_list(crumb: str) -> bool:
    """Whether a level of the breadcrumb heads a reading list."""
    return any(names_reading_list(level) for level in crumb.split(" > "))


def names_reading_list(title: str) -> bool:
    return bool(_READINGS.fullmatch(title.strip()))
