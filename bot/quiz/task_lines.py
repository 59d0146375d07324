"""A line that sets a task ('Configure the HPA to … a stabilization window of
300 seconds', '… 50%로 유지하도록 설정하시오'): its figures are the exercise's
settings, chosen by whoever wrote the task, not rules of the subject. Asked
as a blank, every other sensible value is as right in the real world.
"""

from __future__ import annotations

import re

__all__ = ["sets_a_task"]

# An English instruction opens on its verb: 'Configure …', 'Ensure that …'.
_EN = re.compile(
    r"^(?:please\s+)?(?:configure|ensure|create|set\s+up|make\s+sure|deploy|expose|install|"
    r"modify|update|upgrade|scale|schedule|implement|apply|edit|mount|attach|assign|grant|"
    r"change|write|run)\s+(?:that\s+|the\s+|a\s+|an\s+|it\s+|all\s+|each\s+|[a-z])",
    re.IGNORECASE,
)
# Korean, Japanese and Chinese instructions close on (or open with) the form
# that asks the reader to do it: '설정하시오', '作成しなさい', '请创建'.
_CJK = re.compile(
    r"(?:하시오|하세요|하십시오|하라|할\s*것|해라|해\s*주세요|しなさい|せよ|してください|すること)"
    r"\s*[.。!！]?\s*$|^\s*请"
)


def sets_a_task(line: str) -> bool:
    """Whether the line instructs the reader to do something."""
    text = line.strip().lstrip("-*+ ").strip()
    return _EN.match(text) is not None or _CJK.search(text) is not None
