"""The common vocabulary of study notes, said in Korean, Japanese or Chinese,
gives the name it translates away: '초기화' says *Reset*, '밀어넣기' *Push*,
'문자열로' *toString*, '동등성' *equals*, '総当たり' *brute force*. In every kind
that pairs a clue with a name: a name's clue, a 'match' pair read either way
round. Notes written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away
from bot.quiz.scripts import listed_translation_shown


@pytest.mark.parametrize(("name", "stem", "others"), [
    ("RST (Reset)", "세션을 처음 상태로 초기화하는 비트", ["SYN", "FIN (Finish)", "URG"]),
    ("PSH (Push)", "버퍼를 기다리지 않고 밀어넣기 위한 비트", ["RST (Reset)", "URG", "ACK"]),
    ("FIN", "연결을 정상적으로 종료하려는 쪽이 보내는 비트", ["RST (Reset)", "PSH (Push)"]),
    ("URG", "긴급 데이터가 들어 있음을 알리는 비트", ["RST (Reset)", "PSH (Push)"]),
    ("toString()", "객체를 사람이 읽을 문자열로 바꾸어 준다", ["equals()", "finalize()"]),
    ("equals()", "두 객체의 동등성을 검사한다", ["toString()", "finalize()"]),
    ("Overriding", "부모 클래스의 메서드를 자식 클래스에서 재정의한다",
     ["Encapsulation", "Cohesion"]),
    ("Spoofing", "믿을 만한 주소로 위장해 접속한다", ["Sniffing", "Worm"]),
])
def test_a_korean_word_says_the_name(name: str, stem: str, others: list[str]) -> None:
    assert gives_away(name, stem, others)


def test_a_definition_that_translates_the_asked_name_gives_it_away() -> None:
    # The 'match' pair read the other way round: the name asked, its line offered.
    assert gives_away("두 객체의 동등성을 검사한다", "Object 메서드 equals",
                      ["객체를 사람이 읽도록 바꾸어 준다", "해시 테이블에서 쓸 정수를 만든다"])


@pytest.mark.parametrize(("right", "stem", "wrong"), [
    ("ブルートフォース攻撃", "パスワードを総当たりで試す",
     ["辞書攻撃", "バッファオーバーフロー攻撃"]),
    ("スプーフィング", "他人になりすまして通信する", ["フィッシング", "タンパリング"]),
    ("リセット", "接続を初期化するフラグ", ["プッシュ", "アック"]),
])
def test_a_japanese_word_and_its_loanword(right: str, stem: str, wrong: list[str]) -> None:
    assert listed_translation_shown(right, stem, wrong)


FLAGS = """# TCP

## 플래그 정리

| 플래그 | 설명 |
|---|---|
| SYN | 동기화 비트. 상대에게 연결을 요청할 때 쓴다 |
| ACK | 확인 응답 비트. 받은 데이터를 알린다 |
| RST | 초기화 비트. 이상이 생긴 연결을 끊고 처음부터 다시 한다 |
| PSH | 밀어넣기 비트. 버퍼가 차기 전에 바로 응용 계층으로 올린다 |
| FIN | 종료 비트. 보낼 데이터가 더 없음을 알린다 |
| URG | 긴급 비트. 먼저 처리할 데이터가 있음을 알린다 |
"""


def test_no_flag_is_asked_by_its_korean_gloss() -> None:
    bank = build_bank(parse_markdown(FLAGS, "tcp.md"))
    for q in bank:
        right = q.choices[q.answer]
        for flag, gloss in (("RST", "초기화"), ("PSH", "밀어넣기"), ("FIN", "종료"),
                            ("URG", "긴급"), ("SYN", "동기화"), ("ACK", "확인 응답")):
            # The flag asked by its gloss, or its gloss offered for the flag.
            assert not (flag in right and gloss in q.prompt), q.prompt
            assert not (gloss in right and f"'{flag}'" in q.prompt), q.prompt
