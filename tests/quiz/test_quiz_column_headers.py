"""A two-column table's value column is asked by its own header when that
header says what the cells are ('| 문제 | 해결책 |': a cell is the fix for its
row's problem, no description of it), as a description when the header says
so (설명, Meaning), and not at all when a stem can not say the header (a
question, another language, a long phrase). Every note here is written for
the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.columns import column_name, descriptive
from bot.quiz.question import Question

_ROWS_KO = """| 캐시 미스 폭증 | 자주 읽는 키를 미리 적재해 둔다 |
| 핫 키 집중 | 키에 무작위 접미사를 붙여 여러 샤드로 나눈다 |
| 메모리 부족 | 오래 쓰지 않은 항목부터 내보내도록 정책을 둔다 |
| 캐시 불일치 | 원본을 고친 뒤 해당 항목을 바로 지운다 |
"""


def _ko(header: str) -> str:
    return f"""# 캐시 운영 노트

## 장애 대응

### 흔한 문제

| 문제 | {header} |
|------|------|
{_ROWS_KO}"""


_EN = """# Cache operations

## Incidents

### Common problems

| Problem | {header} |
|---------|--------|
| Cold start storm | Warm the most read keys before traffic arrives |
| Hot key | Spread one key over shards with a random suffix |
| Memory pressure | Evict the entries read least recently first |
| Stale entries | Delete the entry right after the source changes |
"""


def _matches(markdown: str) -> list[Question]:
    bank = build_bank(parse_markdown(markdown, "cache.md"))
    return [q for q in bank if q.kind == "match"]


def test_a_korean_value_column_is_asked_by_its_header() -> None:
    asked = _matches(_ko("해결책"))
    assert asked
    stems = [q.prompt for q in asked]
    assert not any("설명" in s for s in stems)
    assert any("'캐시 미스 폭증'의 해결책에 해당하는 것은?" in s for s in stems)
    assert any("다음 해결책에 해당하는 것은?" in s for s in stems)


def test_an_english_value_column_is_asked_by_its_header() -> None:
    stems = [q.prompt for q in _matches(_EN.format(header="Remedy"))]
    assert any("What is the remedy for 'Cold start storm'?" in s for s in stems)
    assert any("Which one has this remedy?" in s for s in stems)
    assert not any("describe" in s for s in stems)


def test_a_descriptive_header_keeps_the_description_stems() -> None:
    stems = [q.prompt for q in _matches(_ko("설명"))]
    assert any("'캐시 미스 폭증'에 대한 설명으로 옳은 것은?" in s for s in stems)
    assert any("다음 설명에 해당하는 것은?" in s for s in stems)


def test_a_header_the_stem_can_not_say_leaves_the_table_unasked() -> None:
    for header in ("How to fix?", "Fix (해결)", "문제가 생기면 가장 먼저 해야 할 조치"):
        assert not _matches(_ko(header)), header
    assert not _matches(_EN.format(header="What to do when it happens"))


def test_header_readings() -> None:
    assert descriptive("주요 특징") and descriptive("Meaning") and descriptive("")
    assert descriptive("説明") and not descriptive("방법") and not descriptive("Port")
    assert column_name("방법", "ko") == "방법"
    assert column_name("Remedy", "en") == "remedy"
    assert column_name("TTL", "en") == "TTL"
    assert column_name("Big-O", "en") == "Big-O"
    assert column_name("Retry Policy", "en") == "retry policy"
    assert column_name("Remedy", "ko") is None  # another language than the stem's
    assert column_name("When to use", "en") is None
    assert column_name("対処法", "ja") == "対処法"
