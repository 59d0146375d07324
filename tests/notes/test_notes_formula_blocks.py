"""Issue 14, blind reader r-dev-41313 Q29: a clue read '편향(bias)이 발생합니다.'
(READABLE): in the notes the sentence opens above a formula set between '$$'
lines ('만약, … 상관관계가 존재한다면,' / '$$' / 'Cov(…) \\neq 0' / '$$' / '편향(bias)이
발생합니다.'), and read line by line its end stood alone, its condition lost. The
formula's lines are no notes; the sentence goes on below the formula."""

from __future__ import annotations

from bot.notes.formulas import formula_lines
from bot.notes.loader import parse_markdown

NOTES = "\n".join([
    "# Panel data",
    "## Between estimator",
    "만약, 설명변수의 평균과 고정효과 사이의 상관관계가 존재한다면,",
    "$$",
    "Cov(\\bar x_i,a_i) \\neq 0",
    "$$",
    "편향(bias)이 발생합니다.",
    "",
    "일반적인 경우, OLS의 자유도는",
    "$$",
    "df=NT-k",
    "$$",
    "로 표현됩니다.",
    "",
    "오차 간 상관관계는 다음과 같습니다.",
    "$$",
    "Corr(v_{it},v_{is})=\\frac{\\sigma_a^2}{\\sigma_a^2+\\sigma_u^2}",
    "$$",
    "로 표현할 수 있는데, 분산이 클수록 상관관계가 커집니다.",
])


def _texts(text: str) -> list[str]:
    deck = parse_markdown(text, "notes.md")
    return [fact.text for topic in deck.topics() for fact in topic.facts]


def test_the_sentence_goes_on_below_the_formula() -> None:
    texts = _texts(NOTES)
    whole = ("만약, 설명변수의 평균과 고정효과 사이의 상관관계가 존재한다면, "
             "편향(bias)이 발생합니다.")
    assert whole in texts, texts
    assert "편향(bias)이 발생합니다." not in texts


def test_a_plain_formula_the_sentence_needs_is_read_back() -> None:
    assert "일반적인 경우, OLS의 자유도는 df=NT-k로 표현됩니다." in _texts(NOTES)


def test_a_line_opening_on_a_particle_of_a_tex_formula_is_no_statement() -> None:
    texts = _texts(NOTES)
    assert not any(t.startswith("로 표현할") for t in texts), texts
    assert not any("\\frac" in t or t == "$$" for t in texts), texts


def test_which_lines_are_formulas() -> None:
    assert formula_lines(["a,", "$$", "x = 1", "$$", "b"], set()) == {1, 2, 3}
    # (A '$$' never closed, or closed only past a blank line, is no block.)
    assert formula_lines(["$$", "x = 1", "", "$$"], set()) == set()
