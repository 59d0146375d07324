"""Two names told apart by near-synonyms only.

A pair question asks which of two names a clue describes. When the names share
all but one word and those words say nearly the same ('接続確立' / '接続開始',
'Connection Establishment' / 'Connection Setup', '연결 수립' / '연결 시작'),
the notes' own split between them is the author's: in the world 'connection
establishment' is the handshake that starts a connection, so a clue on the
established phase fits neither name plainly, or both. Such two are no pair.

The senses below are general words of a phase or an act, in English, Korean,
Japanese and Chinese; words of opposite sense ('開始' / '終了', 'open' /
'close') keep their pair.
"""

from __future__ import annotations

import re
from functools import lru_cache

# One sense a line: its spellings, split by ','.
_SENSES = """
start, starting, begin, beginning, establish, establishment, established, setup, set-up,
  open, opening, initiate, initiation, init, initialization, initialisation, launch, startup,
  시작, 개시, 수립, 확립, 설정, 초기화, 개설, 성립, 연결 시작, 開始, 確立, 開設, 初期化, 始動,
  起動, 樹立, 成立, 开始, 建立, 启动, 初始化, 开启, 設立
end, ending, finish, finishing, termination, terminate, teardown, tear-down, close, closing,
  release, shutdown, 종료, 끝, 해제, 마감, 終了, 終結, 切断, 解放, 结束, 终止, 释放, 断开
"""


@lru_cache(maxsize=1)
def _sense_of() -> dict[str, int]:
    found: dict[str, int] = {}
    for at, line in enumerate(re.split(r"\n(?=\S)", _SENSES.strip())):
        for word in line.split(","):
            word = " ".join(word.split()).lower()
            if word:
                found[word] = at
    return found


def _difference(a: str, b: str) -> tuple[str, str] | None:
    """What two names write differently, their shared opening and ending
    aside (by word when spaced, by character when not)."""
    spaced = " " in a.strip() or " " in b.strip()
    left: list[str] | str = a.lower().split() if spaced else a.strip().lower()
    right: list[str] | str = b.lower().split() if spaced else b.strip().lower()
    head = 0
    while head < min(len(left), len(right)) and left[head] == right[head]:
        head += 1
    tail = 0
    while tail < min(len(left), len(right)) - head \
            and left[len(left) - 1 - tail] == right[len(right) - 1 - tail]:
        tail += 1
    if head + tail == 0:
        return None  # nothing shared: two names, not two wordings of one
    joiner = " " if spaced else ""
    one = joiner.join(left[head:len(left) - tail])
    two = joiner.join(right[head:len(right) - tail])
    return (one, two) if one and two else None


@lru_cache(maxsize=1 << 12)
def near_synonyms(a: str, b: str) -> bool:
    """Whether two names differ only by words of one sense ('接続確立' /
    '接続開始', 'Connection Setup' / 'Connection Establishment')."""
    found = _difference(re.sub(r"\s*\([^()]*\)", "", a), re.sub(r"\s*\([^()]*\)", "", b))
    if found is None:
        return False
    senses = _sense_of()
    one, two = (senses.get(w) for w in found)
    return one is not None and one == two
