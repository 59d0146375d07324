"""The common vocabulary of study notes in any field (ko_en_words.txt): a clue
translating a word of the answer gives it away, and a way of working said not
to hold ('자동으로 되지 않아', 'not automatic') says its opposite."""

from bot.quiz.gloss import gives_away
from bot.quiz.opposites import negated_words


def test_a_heading_word_said_in_korean_gives_its_option_away() -> None:
    assert gives_away("Growth Theories", "경제 성장 이론에는 무엇이 있는가",
                      ["Trade Policies", "Market Structures", "Monetary Policies"])
    assert gives_away("Type", "DNS 레코드의 유형", ["Name", "Value", "TTL"])
    assert gives_away("RATIO_TO_REPORT 함수", "그룹 내 비율 함수",
                      ["NTILE 함수", "PERCENT_RANK 함수"])
    # A word of an underscored name: '순서별 백분율' is PERCENT_RANK said in Korean.
    assert gives_away("PERCENT_RANK 함수", "값이 아닌 행의 순서별 백분율을 구함",
                      ["RATIO_TO_REPORT 함수", "NTILE 함수"])


def test_a_clue_in_other_words_gives_nothing_away() -> None:
    assert not gives_away("Growth Theories", "생산량이 늘어나는 원리를 설명한다",
                          ["Production Theories", "Market Structures"])
    assert not gives_away("Type", "DNS 레코드가 살아 있는 시간", ["Name", "Value", "TTL"])


def test_not_done_automatically_says_manual() -> None:
    assert "자동" in negated_words("COMMIT이 자동으로 되지 않아")
    assert "자동화" in negated_words("자동화되지 않은 배포")
    assert gives_away("수동완료", "COMMIT이 자동으로 되지 않아 직접 해야 하는 상태",
                      ["부분완료", "활동", "실패"])
    assert gives_away("Manual", "Scaling that is not automatic", ["Scheduled", "Dynamic"])


def test_done_automatically_gives_manual_nothing() -> None:
    assert not gives_away("수동완료", "COMMIT이 자동으로 되어 바로 반영되는 상태",
                          ["부분완료", "활동", "실패"])


def test_everyday_words_spell_no_acronym() -> None:
    # 용도 (purpose), 수정 (update), 전체 (total) are senses, but read as
    # initials they would spell P-U-T out of a row about PUT.
    assert not gives_away("PUT", "- 용도: 리소스 전체 수정\n- 멱등성: O",
                          ["DELETE", "GET", "POST"])
