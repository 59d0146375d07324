# ruff: noqa: E501
"""A numbered item that names a thing in bold and goes on, on its own line, to
say what it is ('1. **Flow Control**: The receiver advertises …') stands as a
topic titled by that whole line: the sentences after its name are lines about
it, read as clues like the bullets under it. A short tail (a name or a verdict,
'2. Simple: 단순 라우팅') is no such sentence. Every note here is written for
the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.material import item_statements, topic_name

EN = """# Transport

## How TCP works

1. **Flow Control**: The receiver advertises a receive window with the amount of data it can still buffer. The sender slows its rate to what that advertised window allows.
   - It protects a slow receiver.

2. **Congestion Control**: When packets are lost along the path, the sender halves its congestion window and then grows it again slowly. It guards the shared links between routers.
   - It protects the network.

3. **Connection Termination**: Each side sends a FIN segment when it has nothing left to send, and the other side acknowledges it with an ACK segment.
   - Four segments in all.
"""

KO = """# 라우팅

## 정책

1. **단순 라우팅**: 하나의 레코드에 여러 값을 넣으면 클라이언트가 그 중 하나를 무작위로 골라 접속하게 되는 가장 기본적인 방식이다.
   - 상태 확인을 붙일 수 없다.

2. **가중치 기반**: 짧음
   - 레코드마다 가중치를 주어 트래픽 비율을 나눈다.
"""

JA = """# トランスポート

## 仕組み

1. **フロー制御**: 受信側が受け取れるデータ量を通知し、送信側はその量を超えないように送信速度を調整する。
   - 受信側を守る。
2. **トランザクション**: PostgreSQLが厳格
   - デッドロック検出が高度。
"""


def _numbered(text: str) -> dict[str, list[str]]:
    return {topic_name(t): [s.text for s in item_statements(t, topic_name(t))]
            for t in parse_markdown(text, "notes.md").topics() if t.kind == "numbered"}


def test_the_sentences_after_an_items_name_are_its_lines() -> None:
    read = _numbered(EN)
    assert read["Flow Control"] == [
        "The receiver advertises a receive window with the amount of data it can still buffer.",
        "The sender slows its rate to what that advertised window allows.",
    ]
    assert _numbered(KO)["단순 라우팅"][0].startswith("하나의 레코드에 여러 값을")
    # A few words after the name are a name or a verdict, not what it is.
    assert _numbered(KO)["가중치 기반"] == []
    ja = _numbered(JA)
    assert ja["フロー制御"] == ["受信側が受け取れるデータ量を通知し、送信側はその量を超えないように送信速度を調整する。"]
    assert ja["トランザクション"] == []


def test_an_item_is_asked_by_its_own_sentences() -> None:
    bank = build_bank(parse_markdown(EN, "notes.md"))
    asked = [q for q in bank if "advertises a receive window" in q.prompt]
    assert asked and all(q.correct_choice == "Flow Control" for q in asked)
