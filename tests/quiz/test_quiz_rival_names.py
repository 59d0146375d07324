"""A wrong choice the question's lines name in other words is a second right
answer: English section titles over Korean lines ('경제 성장은 … 자산의 축적 …
생산성 향상' beside *Economic Growth* and *Factor Accumulation and
Productivity Growth*, keyed *Growth Theories*), and two sections whose lines
say each other's name ('두 기간의 패널 데이터' under *Policy Analysis with
Panel Data*, beside *Two-Period Panel Data*): overlapping topics, never each
other's distractor. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.rival_names import overlapping_topics, says_name

GROWTH = """# 거시경제학 정리

## Growth Theories
- 경제 성장은 크게 두 과정으로 이루어진다. 자산의 축적과 생산성 향상이 필요하다.
- 투자가 감가상각된 자본보다 커야 경제가 성장할 수 있다.

## Economic Growth
- 국내총생산의 증가율로 측정하며, 1인당 소득의 변화율을 뜻한다.
- 장기적으로 생활 수준의 향상을 가져온다.

## Factor Accumulation and Productivity Growth
- 노동자 1인당 자본이 같을 때 1인당 산출이 늘면 노동자의 능률이 오른 것이다.
- 기술 진보는 같은 투입으로 더 많은 산출을 가능하게 한다.

## Endogenous Growth
- 기술 진보를 모형 안에서 설명한다.
- 인적 자본과 연구 개발이 장기 성장률을 결정한다.
"""

PANEL = """# 계량경제학

## 패널 데이터

### Two-Period Panel Data
- 같은 개체를 두 시점에 관측하여 얻은 자료이다.
- 관측되지 않는 고정 효과가 설명 변수와 상관되면 합동 OLS 추정량에 편향이 생긴다.

### Policy Analysis with Panel Data
- 특히 두 기간의 패널 데이터가 있으면 프로그램 참여 집단을 처리 집단과 통제 집단으로 나눌 수 있다.
- 프로그램 참여가 두 번째 기간에만 이루어지면 차분된 회귀식의 OLS 추정량은 단순한 형태를 가진다.
"""

STEM = "경제 성장은 크게 두 과정으로 이루어진다. 자산의 축적과 생산성 향상이 필요하다."


def test_a_name_said_in_korean() -> None:
    assert says_name("Economic Growth", STEM, "Growth Theories")
    assert says_name("Factor Accumulation and Productivity Growth", STEM, "Growth Theories")
    # (The answer's own words said, and one word of a name, say no rival.)
    assert not says_name("Growth Theories", STEM, "Economic Growth")
    assert not says_name("Endogenous Growth", STEM, "Growth Theories")


def test_overlapping_topics() -> None:
    lines = ("특히 두 기간의 패널 데이터가 있으면 처리 집단과 통제 집단으로 나눌 수 있다.",)
    assert overlapping_topics("Policy Analysis with Panel Data", lines,
                              "Two-Period Panel Data", ())
    # (No shared word: a mention, not an overlap.)
    assert not overlapping_topics("Difference in Differences", lines,
                                  "Two-Period Panel Data", ())


def test_no_question_offers_a_rival_the_stem_names() -> None:
    for q in build_bank(parse_markdown(GROWTH, "growth.md")):
        if "자산의 축적" in q.prompt:
            wrong = set(q.choices) - {q.choices[q.answer]}
            assert not wrong & {"Economic Growth", "Factor Accumulation and Productivity Growth"}, \
                (q.prompt, q.choices)


def test_overlapping_sections_are_no_pair() -> None:
    for q in build_bank(parse_markdown(PANEL, "panel.md")):
        assert not {"Two-Period Panel Data", "Policy Analysis with Panel Data"} <= set(q.choices), \
            (q.prompt, q.choices)
