"""No notes crash the generator: random Markdown with numbers of every size and
sign, units, ranges and the structures other people's notes use."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.build import passes
from bot.quiz.cloze import distractors, figures

UNITS = ["초", "분", "시간", "일", "개월", "년", "개", "%", "GB", "TB", "KB", "IOPS", "ms",
         "days", "seconds", "배", "명", " GB", " 퍼센트", ""]
NUMBERS = st.one_of(
    st.sampled_from(["0", "-1", "-30", "0.0", "00", "1", "10", "1,000", "10^12",
                     "1000000000000", "1" + "0" * 400, "0.5", "99.999999999", "3.14"]),
    st.integers(min_value=-10**15, max_value=10**15).map(str),
    st.floats(allow_nan=False, allow_infinity=False, width=32).map(lambda f: f"{f:g}"),
)
figure = st.builds(lambda n, u: n + u, NUMBERS, st.sampled_from(UNITS))
ranged = st.builds(lambda a, b, sep: f"{a}{sep}{b}", figure, figure,
                   st.sampled_from(["~", "-", " - ", "에서 ", " to "]))
WORDS = ["S3", "EC2", "데이터를", "보관 가능", "최대", "최소", "이상", "이하", "예:", "e.g.",
         "후 이동", "->", "(4 KB × 6)", "Aurora :", "Version: 1", "`code`", "**bold**",
         "[link](http://x)", "|", "<details>", "</details>", "<summary>Q?</summary>",
         # Other people's styles: glyphs, dashes, full-width colons, HTML lists,
         # definitions in sentences, Chinese and Japanese words.
         "●", "✓", "：", " – ", " — ", " - ", "<li>", "</li>", "<ul>", "</ol>", "`AAAA`",
         "는", "입니다.", "is a", "can be thought of as", "とは、", "共有ロック", "传输编码",
         "例如", "用途", "Level 0", "readiness", "ready"]
phrase = st.lists(st.one_of(st.sampled_from(WORDS), figure, ranged), min_size=1,
                  max_size=6).map(" ".join)
line = st.one_of(
    phrase.map(lambda p: f"- {p}"),
    phrase.map(lambda p: f"  - {p}"),
    phrase.map(lambda p: f"    * {p}"),
    phrase.map(lambda p: f"1. {p}"),
    phrase.map(lambda p: f"### {p}"),
    phrase.map(lambda p: f"#### {p}"),
    phrase.map(lambda p: f"| {p} | {p} |"),
    st.just("|---|---|"),
    phrase.map(lambda p: f"| {p} | {p} | {p} |"),
    st.just("|---|---|---|"),
    phrase.map(lambda p: f"● {p}"),
    phrase.map(lambda p: f"✓ {p}"),
    phrase.map(lambda p: f"\t- {p}"),
    phrase.map(lambda p: f"- [ ] {p}"),
    phrase.map(lambda p: f"  <li>{p}</li>"),
    phrase.map(lambda p: f"<li>{p}"),
    st.sampled_from(["<ul>", "</ul>", "<ol>", "</ol>", "</li>", "---", "# Title"]),
    phrase.map(lambda p: f"## {p}"),
    phrase.map(lambda p: f"> {p}"),
    phrase,
    st.just(""),
)
markdown = st.lists(line, max_size=30).map(lambda ls: "## Notes\n" + "\n".join(ls))


@settings(max_examples=150, deadline=None)
@given(markdown)
def test_random_markdown_with_numbers_never_crashes(text: str) -> None:
    bank = build_bank(parse_markdown(text, "random.md"))
    # A flashcard (a <details> answer, issue 15) has a back instead of choices.
    assert all(q.back.strip() if q.is_flashcard else passes(q) for q in bank)


@settings(max_examples=200, deadline=None)
@given(phrase)
def test_figures_and_distractors_take_any_number(text: str) -> None:
    for fig in figures(text):
        wrong = distractors(fig, [0.0, -1.0, fig.value, 1e12, float("inf")])
        assert fig.value not in wrong


def test_zero_seconds_beside_other_durations() -> None:
    notes = """## 타임아웃
### 대기열
- 지연 대기열: 0초에서 시작
- 메시지 보존 기간 기본 4일
- 가시성 타임아웃 기본 30초
- 롱 폴링 대기 시간 20초
- 지연 시간 0초
"""
    bank = build_bank(parse_markdown(notes, "zero.md"))
    clozes = [q for q in bank if q.kind == "cloze"]
    assert clozes
    assert all("0초" not in q.choices for q in clozes)
