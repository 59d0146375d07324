"""A line opening on a particle (Korean '를 구현 할 수 있다', Japanese 'を使用する')
goes on with the line above: no sentence opens on one. A determiner ('이
서비스는') or a conjunction ('では、') opens a line of its own. Every note here
is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.wrapping import continues


def _texts(text: str) -> list[str]:
    deck = parse_markdown(text, "notes.md")
    return [f.text for t in deck.topics() for f in t.all_facts()]


KO_LINK_BROKEN = """# 컨테이너

## cgroup

우선 순위 : 리소스 경합이 있을때 프로세스가 사용할 수 있는 리소스의 양을 제어할 수 있다.
제어 : 단일 명령으로 cgroup 을 사용하여 포드 수준에서 리소스 요청 및 제한, 해당 [QoS클래스](https://example.com/qos)
를 구현 할 수 있다
"""


def test_a_korean_line_opening_on_a_particle_joins_the_line_above() -> None:
    texts = _texts(KO_LINK_BROKEN)
    assert len(texts) == 2
    assert texts[1].startswith("제어")
    assert texts[1].endswith("QoS클래스를 구현 할 수 있다")
    assert not any(t.startswith("를") for t in texts)


def test_korean_particles_and_determiners() -> None:
    above = "해당 QoS클래스"
    for line in ("를 구현 할 수 있다", "을 사용한다", "는 중요하다", "의 역할이다", "으로 나뉜다"):
        assert continues(above, line), line
    # '이' and '그' are determiners here, '도'/'만' may be nouns: lines of their own.
    for line in ("이 서비스는 요청을 처리한다", "그 결과 응답이 빨라진다",
                 "도 단위로 나뉜다", "만 원 이하의 비용"):
        assert not continues(above, line), line
    # A particle glued to a word is a word of the line, not a particle line.
    assert not continues(above, "는다고 했다")
    assert not continues("캐시는 CPU와 RAM 사이에 존재한다.", "를 구현 할 수 있다")


JA_BROKEN = """# コンテナ

## cgroup

優先度 : リソースの競合があるとき、プロセスが使えるリソースの量を制御する
制御 : 単一のコマンドで [cgroup](https://example.com/cgroup)
を使用してリソースの要求と制限を設定する
"""


def test_a_japanese_line_opening_on_a_particle_joins_the_line_above() -> None:
    texts = _texts(JA_BROKEN)
    assert len(texts) == 2
    assert texts[1].endswith("cgroupを使用してリソースの要求と制限を設定する")


def test_japanese_particles_and_sentence_openers() -> None:
    above = "単一のコマンドで cgroup"
    for line in ("を使用する", "が必要になる", "の場合は失敗する", "で実行する", "と呼ぶ"):
        assert continues(above, line), line
    for line in ("では、次に進む", "とても重要である", "はじめに設定する", "ところで別の話"):
        assert not continues(above, line), line
