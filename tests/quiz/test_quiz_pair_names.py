"""Two-choice questions need two names of one kind: never a section label
of where steps happen ('in 브라우저' / 'in 웹 서버'), a party's share of one
system's work ('Spring JDBC가 하는 일' / 'Spring JDBC에서 개발자가 할 일'), a
topic heading beside a phenomenon ('Deadlock Modelling' beside 'Starvation'),
nor two names told apart by near-synonyms ('接続確立' / '接続開始'). Notes
written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.material import is_concept_name
from bot.quiz.near_synonyms import near_synonyms

KOREAN_PLACES = """# 네트워크
## 웹 통신의 큰 흐름
### in 브라우저
1. url 에 입력된 값을 브라우저 내부에서 결정된 규칙에 따라 그 의미를 조사한다.
2. 조사된 의미에 따라 HTTP Request 메시지를 만든다.
3. 만들어진 메시지를 웹 서버로 전송한다.

### in 웹 서버
1. 패킷이 물리적인 웹 서버에 도착하면 웹 서버의 프로토콜 스택은 패킷을 추출하여 메시지를 복원한다.
2. 웹 서버 애플리케이션은 요청에 따른 데이터를 응답 메시지에 넣어 클라이언트로 회송한다.
"""

KOREAN_SHARES = """# DB
## JDBC Template
### Spring JDBC가 하는 일
- 자원의 생성과 반환을 대신 처리한다
- Statement 실행과 ResultSet Loop 처리를 맡는다
- Exception 처리와 Transaction 처리를 맡는다
### Spring JDBC에서 개발자가 할 일
- 핵심적으로 해야될 작업만 해주면 나머지는 Framework가 알아서 처리해준다.
- datasource 설정과 sql문 작성, 결과 처리를 한다
"""

ENGLISH_MODELLING = """# Deadlock
## Deadlock Modelling
- Resource allocation graphs draw processes as circles and resources as squares.
- An arrow from a resource to a process means the process holds the resource.
## Starvation
- When a process never receives the resource it is waiting for.
- Despite the resource repeatedly becoming free, it is always allocated to another waiting process.
"""

JAPANESE_PHASES = """# コネクションのライフサイクル
## 接続開始
- クライアントがSYNフラグをセットしたセグメントをサーバーへ送信する
- サーバーはSYN/ACKを返し、クライアントはACKを返す
## 接続確立
- クライアント - サーバー間で実際のアプリケーションデータのやりとりを行う
- データ転送の信頼性を保つためにフロー制御・輻輳制御・再送制御を利用する
"""


@pytest.mark.parametrize("notes", [KOREAN_PLACES, KOREAN_SHARES, ENGLISH_MODELLING,
                                   JAPANESE_PHASES])
def test_no_pair_of_labels_or_near_synonyms(notes: str) -> None:
    pairs = [q.choices for q in build_bank(parse_markdown(notes, "n.md")) if q.kind == "pair"]
    assert not pairs, pairs


@pytest.mark.parametrize("name", [
    "in 웹 서버", "in the kernel", "브라우저에서", "ブラウザで", "在浏览器中",
    "Spring JDBC가 하는 일", "Spring JDBC에서 개발자가 할 일", "What the framework does",
    "開発者がやること", "开发者要做的事", "Deadlock Modelling",
])
def test_labels_and_shares_name_no_thing(name: str) -> None:
    assert not is_concept_name(name)


@pytest.mark.parametrize("name", [
    "At Least Once", "In-memory cache", "On-Demand", "Starvation", "Event Loop", "웹 서버",
])
def test_names_stay_names(name: str) -> None:
    assert is_concept_name(name)


@pytest.mark.parametrize(("a", "b", "alike"), [
    ("接続確立", "接続開始 (3wayハンドシェイク)", True),
    ("Connection Setup", "Connection Establishment", True),
    ("연결 수립", "연결 시작", True),
    ("建立连接", "开始连接", True),
    # Opposites and other words keep their pair.
    ("接続開始", "接続終了", False),
    ("연결 수립", "연결 종료", False),
    ("MAC Header", "LLC Header", False),
    ("Public Subnet", "Private Subnet", False),
])
def test_near_synonyms(a: str, b: str, alike: bool) -> None:
    assert near_synonyms(a, b) is alike
