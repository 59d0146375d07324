"""A clue that says the answer's word another way: in Korean or Chinese
(직렬로/순차적으로 over *Serializable*, 여러 노드 over *ReadWriteMany*, 동시에
over *parallelism*, 串行 over *SERIALIZABLE*), as the asked Han name spelled
apart in the right choice ('复用' in '反复 … 使用'), or as the root of the
answer's word under a prefix ('out-of-order segments' over *Reordering*).
Notes written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away
from bot.quiz.han import han_shown
from bot.quiz.scripts import crosses_unread_language

LEVELS = ["READ UNCOMMITTED", "READ COMMITTED", "REPEATABLE READ", "SERIALIZABLE"]


@pytest.mark.parametrize(("clue", "answer", "others", "shown"), [
    ("여러 트랜잭션이 한 번에 하나씩 직렬로 실행될 때와 결과가 같도록 보장", "SERIALIZABLE",
     LEVELS[:3], True),
    ("트랜잭션을 순차적으로 실행한 것처럼 처리", "Serializable", LEVELS[:3], True),
    ("여러 노드에서 접근이 가능하며 읽기와 쓰기 모두 가능", "ReadWriteMany",
     ["ReadWriteOnce", "ReadWriteOncePod"], True),
    ("동시에 몇 개의 파드를 실행할지 결정", "parallelism",
     ["completions", "backoffLimit", "activeDeadlineSeconds"], True),
    # Not a name the word does not build: 여러 says no 'Once'.
    ("한 노드에서만 읽기와 쓰기 가능", "ReadWriteOnce", ["ReadWriteMany"], False),
    ("여러 트랜잭션이 아직 끝나지 않은 변경도 보인다", "READ UNCOMMITTED",
     ["SERIALIZABLE", "REPEATABLE READ"], False),
])
def test_a_translated_word_of_the_name_gives_it_away(clue: str, answer: str,
                                                     others: list[str], shown: bool) -> None:
    assert gives_away(answer, clue, others) == shown


@pytest.mark.parametrize(("name", "right", "others"), [
    ("parallelism", "동시에 몇 개의 파드를 실행할지 결정",
     ["동일한 작업을 총 몇 번 수행할지 결정", "작업을 재시도할 횟수"]),
    ("SERIALIZABLE", "트랜잭션을 순차적으로 실행한 것처럼 처리",
     ["커밋된 데이터만 읽음", "같은 쿼리는 항상 같은 결과"]),
])
def test_the_name_asked_gives_away_the_line_saying_its_word(name: str, right: str,
                                                             others: list[str]) -> None:
    # Asked the other way round: the name in the stem, its word in the right line.
    assert gives_away(right, name, others)


@pytest.mark.parametrize(("clue", "shown"), [
    ("事务像串行执行一样，一个接一个", True),
    ("トランザクションを直列に一つずつ実行したのと同じ結果", True),
    ("事务之间互不干扰", False),
])
def test_a_chinese_or_japanese_serial_names_serializable(clue: str, shown: bool) -> None:
    assert crosses_unread_language(clue, "SERIALIZABLE") == shown


def test_the_asked_han_name_spelled_apart_in_the_right_choice_gives_it_away() -> None:
    # Another choice writes 复…用 too ('复杂应用'): the right one still spells it.
    stem = "Helm > Chart 有什么作用？\n下列哪一项是对“复用”的正确描述？"
    right = "你可以反复在不同集群、不同环境中使用它，只需要传不同参数"
    wrong = ["Chart 支持版本控制，与 Helm release 一起回滚升级",
             "一条命令即可部署复杂应用（例如 Loki、Prometheus）"]
    assert han_shown(right, stem, wrong)
    # Not across two clauses of the right choice.
    assert not han_shown("你可以反复部署，然后在不同环境中使用它", stem, wrong)
    # Japanese: the asked 「分散」 in '負荷を分けて多くのサーバーに散らす'.
    ja_stem = "ロードバランサー\n「分散」の説明として正しいものはどれですか？"
    ja_right = "負荷を分けて多くのサーバーに散らす"
    ja_wrong = ["処理を分割して結果を散布する", "一台のサーバーで全てを処理する"]
    assert han_shown(ja_right, ja_stem, ja_wrong)
    # Not the two characters out of order.
    assert not han_shown("負荷を散らさず一台に集めて分ける", ja_stem, ja_wrong)


TCP = """# TCP

## End-to-End Issues

- **Reordering**: IP packets may take different paths. TCP uses the Receive Window to
  buffer out-of-order segments and reassembles them.
- **RTT Variance**: The round trip time changes a lot between connections, so the
  timeout is estimated from measured samples.
- **Segment Lifetime**: Old segments can wander the network for up to two minutes
  before they are discarded.
- **Connection Setup**: Both sides agree on initial sequence numbers with a three-way
  handshake before sending data.
"""

ORDERS = """# Shop data

## Tables

- **Order**: An ordinary purchase a customer makes, with its line items and total.
- **Customer**: A person who has an account and a shipping address on file.
- **Invoice**: The bill sent after payment, with tax and the amount due.
- **Shipment**: The parcel on its way, with a carrier and a tracking number.
"""


def test_a_root_under_a_prefix_gives_the_name_away() -> None:
    bank = build_bank(parse_markdown(TCP, "tcp.md"))
    clued = [q for q in bank if q.choices[q.answer] == "Reordering" and "out-of-order" in q.prompt]
    assert not clued, [q.prompt for q in clued]
    # Not a longer word that only opens with it: 'ordinary' says no 'Order'.
    bank = build_bank(parse_markdown(ORDERS, "shop.md"))
    assert any(q.choices[q.answer] == "Order" and "ordinary" in q.prompt for q in bank)
