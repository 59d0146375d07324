"""Clues that only judge whether a thing can be done.

A table of approaches ('| mutual exclusion | not feasible |', '| no
pre-emption | take resources away (not viable) |') may give a row a verdict
instead of an approach. Asked 'Which one has this approach? - not feasible',
the clue says nothing of the thing, only that it fails, and any row the notes
call 'not viable', 'impractical' or '어려움' fits it as well: two right
answers, and no approach in the stem. A verdict with what it judges ('not
feasible for shared printers', '완전한 제거는 불가능') says more and stays.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Words that soften a verdict without saying what it judges.
_HEDGE = (r"(?:generally|usually|often|mostly|largely|in general|in practice|practically|"
          r"simply|really|very|quite|not really|"
          r"일반적으로|보통|대개|사실상|현실적으로|実際には|一般に|ほぼ|通常|一般|实际上|基本上)")
_VERDICT = (r"(?:not\s+(?:feasible|viable|possible|practical|realistic|workable|an\s+option)|"
            r"infeasible|unfeasible|impossible|impractical|unrealistic|unworkable|"
            r"no\s+(?:go|option)|"
            r"불가능(?:함|하다|합니다)?|불가|어려움|어렵다|어렵습니다|비현실적(?:임|이다)?|"
            r"不可能|困難|無理|非現実的|実現不可能|不可行|不现实|行不通|做不到)")
_BARE = re.compile(rf"^[\s(（\[*_`'\"-]*(?:{_HEDGE}\s*[,，、]?\s*)?{_VERDICT}"
                   rf"(?:\s*(?:{_HEDGE}|in\s+general))?[\s)）\].。!！*_`'\"]*$",
                   re.IGNORECASE)


@lru_cache(maxsize=1 << 12)
def bare_verdict(text: str) -> bool:
    """The text only says the thing cannot (well) be done."""
    return bool(_BARE.match(text))
