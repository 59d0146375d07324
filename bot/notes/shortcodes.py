"""Emoji shortcodes: ':notebook_with_decorative_cover:', ':rocket:', ':+1:'.

Notes written for GitHub or Slack decorate titles and lines with shortcodes
that those sites draw as pictures. Read as text they are markup, not words: a
breadcrumb '# :notebook: 01_python' or a choice ':warning: 주의' would show the
raw code. A shortcode is a closed pair of colons around lower-case letters,
digits, '_', '+', '-' with no space, and at least one letter ('+1', '-1' too),
set apart from the words around it: '10:30', 'key:value:x', 'std::vector' and
'|:-:|' are not, and a code span keeps its characters as written.
"""

from __future__ import annotations

import re

_SHORTCODE_RE = re.compile(
    r"(`+)[^`]+?\1"  # a code span, kept as written
    r"|(?<![\w:/]):(?:[a-z0-9_+\-]*[a-z][a-z0-9_+\-]*|[+\-]1):(?![\w:/])")


def without_shortcodes(text: str) -> str:
    """'  :rocket: 튜플' -> '   튜플': every shortcode outside code spans gone
    (the caller folds the spaces)."""
    if text.count(":") < 2:
        return text
    return _SHORTCODE_RE.sub(lambda m: m.group() if m.group(1) else " ", text)
