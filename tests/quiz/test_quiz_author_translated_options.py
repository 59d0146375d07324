"""Author questions whose options are each written 'original → translation'
show one side of the arrow on every choice (and in the lesson): a choice
named twice, or one spelled out where the others are not, stands out. Every
note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.notes.practice import read_practice
from bot.quiz.bank import build_bank


def _options(lines: list[str]) -> tuple[str, ...] | None:
    found = read_practice(lines)
    return None if found is None or found.answer is None else found.options


def test_a_spelled_out_option_among_translated_ones_shows_the_original_side() -> None:
    options = _options([
        "Which service can sit in front of a web server to cache pages?",
        "A. Amazon SQS queue → Amazon SQS 대기열",
        "B. CDN → CDN (Content Delivery Network)",
        "C. Amazon RDS database → Amazon RDS 데이터베이스",
        "Answer: B"])
    assert options == ("Amazon SQS queue", "CDN", "Amazon RDS database")


def test_a_stem_in_the_translations_language_shows_the_translated_side() -> None:
    for stem, lines in (
            ("캐시를 두는 곳은?", ["A. Disk → 디스크", "B. Memory → 메모리", "C. Tape → 테이프"]),
            ("キャッシュを置く場所は?", ["A. Disk → ディスク", "B. Memory → メモリ",
                                  "C. Tape → テープ"]),
            ("缓存放在哪里?", ["A. Disk → 磁盘", "B. Memory → 内存", "C. Tape → 磁带"])):
        options = _options([stem, *lines, "Answer: B"])
        assert options is not None and all("→" not in o and o.isascii() is False
                                           for o in options), options
    # The answer written as the original still names its option.
    found = read_practice(["캐시를 두는 곳은?", "A. Disk → 디스크", "B. Memory → 메모리",
                           "C. Tape → 테이프", "Answer: Memory → 메모리"])
    assert found is not None and found.answer == 1 and found.options[1] == "메모리"


def test_other_arrows_and_equals_stay_content() -> None:
    flows = ["Which path does a request take?", "A. Client -> ALB", "B. Client -> NLB",
             "C. Client → CloudFront → S3", "Answer: A"]
    assert _options(flows) == ("Client -> ALB", "Client -> NLB", "Client → CloudFront → S3")
    glossed = ["Which one balances HTTP?", "A. ALB (Application Load Balancer)",
               "B. NLB (Network Load Balancer)", "C. GWLB = Gateway Load Balancer",
               "Answer: A"]
    assert _options(glossed) == ("ALB (Application Load Balancer)",
                                 "NLB (Network Load Balancer)", "GWLB = Gateway Load Balancer")


NOTES = """\
# Edge drills

### Q1

Which of these can NOT be put behind a content cache directly?

- A) Object storage website → 객체 스토리지 웹사이트
- B) LB → LB (Load Balancer)
- C) A laptop on home Wi-Fi → 가정 Wi-Fi의 노트북

**Answer:** C

**Why:** a cache origin must be reachable at a stable public address; a home laptop is not.
"""


def test_the_question_and_its_lesson_show_one_side() -> None:
    (question,) = [q for q in build_bank(parse_markdown(NOTES, "edge.md")) if q.kind == "author"]
    assert sorted(question.choices) == ["A laptop on home Wi-Fi", "LB", "Object storage website"]
    assert question.explanation.startswith("- A laptop on home Wi-Fi\n")
    assert "→" not in question.explanation
