"""Common technical words a name is built on, said in the clue in Korean,
Chinese or Japanese: 광대역 is *Broadband*, 융합 *convergence*, 중앙 or 중심
*Central*, 처리 *Processing*, 무선 *Wireless*. A clue that says them points at
the name whose words (or whose acronym's expansion) they translate, among
names that lack them. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away
from bot.quiz.scripts import translation_unread


def test_korean_words_translate_the_expansion_in_the_choice() -> None:
    others = ["Wi-SUN(Wireless Smart Utility Network)", "NDN(Named Data Networking)"]
    assert gives_away("BcN(Broadband convergence Network)",
                      "통신과 방송이 융합된 광대역 통합망", others)
    assert gives_away("CPU (Central Processing Unit)",
                      "서버 중심에 위치해서 연산 처리를 실시한다", ["Memory", "HDD"])
    assert gives_away("WBAN(Wireless Body Area Network)",
                      "신체에 부착한 기기들이 무선으로 연결되는 망", ["NDN(Named Data Networking)",
                                                         "BcN(Broadband convergence Network)"])
    # (A clue of other words says none of them.)
    assert not gives_away("BcN(Broadband convergence Network)",
                          "이름으로 데이터를 찾는 망 구조", others)


NOTES = """# 장치

## CPU (Central Processing Unit)

서버 중심에 위치해서 연산 처리를 실시한다. 명령을 받아 연산을 실행하고 그 결과를 반환한다.

## Memory

서버를 다시 시작하면 내용이 사라지는 휘발성 저장 공간이다.

## HDD

자기 원판에 데이터를 오래 보관하는 저장 장치다.

## NIC

서버를 랜 케이블로 스위치에 이어 주는 부품이다.
"""


def test_a_clue_translating_an_acronym_s_expansion_is_not_asked() -> None:
    for q in build_bank(parse_markdown(NOTES, "notes.md")):
        if "CPU" in q.choices[q.answer]:
            assert "중심에 위치해서" not in q.prompt, q.prompt


def test_chinese_and_japanese_words_are_read() -> None:
    # Every word of the name known: a clue writing none of them is read as no
    # translation, one writing 中央 or 処理 may be one.
    assert not translation_unread("把数据长期保存在磁盘上", "Central Processing Unit")
    assert translation_unread("位于中央负责运算", "Central Processing Unit")
    assert translation_unread("命令を受けて演算を処理する", "Central Processing Unit")
    assert not translation_unread("有线连接交换机的部件", "Wireless Broadband")
