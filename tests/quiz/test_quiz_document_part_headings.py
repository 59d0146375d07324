"""Issue 14: a heading that names a part of the document ('설계', 'Design', '設計',
'X의 이해', 'Understanding X', 'Xの理解', 'X的理解') is no thing: set beside
another such heading it made a 'pair' question that only asked where a line sits
in the notes. It is never a choice nor an answer; names built with such a word
('Design Patterns', '共有ロック') stay names. Every note here is written for the
test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.material import is_concept_name
from bot.quiz.naming import names_no_thing

KOREAN = """\
# 사내 메시지 큐 도입기

## 메시지 큐의 이해

메시지 큐는 보내는 쪽과 받는 쪽을 떼어 놓아 서로 기다리지 않게 합니다.
소비자가 느려도 생산자는 메시지를 계속 쌓아 둘 수 있습니다.

## 설계

- 주문 서비스가 주문 이벤트를 큐에 넣습니다.
- 배송 서비스는 큐에서 이벤트를 꺼내 처리합니다.
- 실패한 메시지는 별도의 큐로 옮겨 다시 처리합니다.
"""

ENGLISH = """\
# Notes from Our Ordering Platform

## Understanding Brokers

A message queue decouples the sender from the receiver so neither waits for the other.
Producers keep adding messages even while a consumer is slow.

## Design

- The order service puts order events on the queue.
- The shipping service takes events off the queue and handles them.
- Failed messages move to a separate queue for another attempt.
"""

JAPANESE = """\
# メッセージキュー導入記

## メッセージキューの理解

メッセージキューは送信側と受信側を切り離し、互いに待たないようにする。
消費側が遅くても、生産側はメッセージを積み続けられる。

## 設計

- 注文サービスが注文イベントをキューに入れる。
- 配送サービスはキューからイベントを取り出して処理する。
- 失敗したメッセージは別のキューに移して再処理する。
"""

CHINESE = """\
# 消息队列落地记

## 消息队列的理解

消息队列把发送方和接收方分开，双方互不等待。
即使消费者很慢，生产者也能继续写入消息。

## 设计

- 订单服务把订单事件写入队列。
- 配送服务从队列取出事件并处理。
- 失败的消息转入另一个队列重新处理。
"""


def test_document_part_headings_are_not_asked_as_a_pair() -> None:
    for name, notes in (("ko", KOREAN), ("en", ENGLISH), ("ja", JAPANESE), ("zh", CHINESE)):
        bank = build_bank(parse_markdown(notes, f"{name}.md"))
        assert not bank, [(q.kind, q.choices) for q in bank]


def test_document_part_headings_name_no_thing() -> None:
    for heading in ("설계", "Design", "設計", "设计", "메시지 큐의 이해", "VPC 소개", "Redis 입문",
                    "시스템 설계", "Understanding Brokers", "Introduction to Graphs",
                    "Getting started with Queues", "Getting Started", "キューの理解",
                    "Redis入门", "HashMap详解", "浅谈索引", "VPCの概要", "はじめに", "前言",
                    "마무리", "들어가며"):
        assert not is_concept_name(heading), heading
    for name in ("Design Patterns", "Cloud Design Patterns", "共有ロック", "二叉树",
                 "Learning Rate", "Message Queue", "메시지 큐"):
        assert not names_no_thing(name) and is_concept_name(name), name
