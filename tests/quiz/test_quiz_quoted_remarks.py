"""A figure in a quoted remark or complaint ('「カバレッジ80%なのに本番でバグが出る」')
or in a concessive or hypothetical frame ('90%인데도', 'even if 3 nodes fail')
was picked to make a point: any other figure makes the same true sentence, so
it is never blanked. A figure quoted as a value or a name stays a fact. Every
note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.remarks import conceded, quoted_remark

JA = """## テストの悩み

### よく聞く声
- 「テスト率95%なのに障害が減らない」
- 単体テストは一件あたり数ミリ秒で終わる
- 結合テストはデータベースを実際に使う
"""

KO = """## 배포 회고

### 팀의 불만
- "스테이징을 40분이나 기다렸는데 또 실패했어요"
- 롤백 스크립트는 매 배포 전에 점검한다
- 카나리 배포는 트래픽 일부에만 새 버전을 보낸다
"""

EN = """## Flaky tests

### What people say
- "We retried the suite 12 times before it went green"
- Quarantine a flaky test in its own job until it is fixed
- Record the seed of every randomized test run
"""


@pytest.mark.parametrize(("notes", "figure"), [
    (JA, "95%"), (KO, "40분"), (EN, "12 times")], ids=["ja", "ko", "en"])
def test_no_cloze_blanks_a_figure_in_a_quoted_remark(notes: str, figure: str) -> None:
    for q in build_bank(parse_markdown(notes, "notes.md")):
        assert not (q.kind == "cloze" and figure in q.choices[q.answer]), q.prompt


def _at(line: str, figure: str) -> tuple[str, int, int]:
    at = line.index(figure)
    return line, at, at + len(figure)


@pytest.mark.parametrize(("line", "figure"), [
    ("「カバレッジ80%なのに本番でバグが出る」", "80%"),
    ("- “CI가 30분이나 걸려요”", "30분"),
    ('"We had 90% coverage and still shipped bugs," says one lead', "90%"),
    ("『10分で終わると思った』と言われる", "10分"),
])
def test_a_quoted_remark_is_said_not_stated(line: str, figure: str) -> None:
    assert quoted_remark(*_at(line, figure))


@pytest.mark.parametrize(("line", "figure"), [
    ('S3 offers "99.99%" availability', "99.99%"),
    ('The "3-2-1 rule" keeps 3 copies', "3"),
    ("「月間稼働率99.9%」をSLAとして保証する", "99.9%"),
    ("It's 5 users' data", "5"),
])
def test_a_quoted_value_or_name_is_no_remark(line: str, figure: str) -> None:
    assert not quoted_remark(*_at(line, figure))


@pytest.mark.parametrize(("line", "figure"), [
    ("カバレッジ80%なのにバグが出る", "80%"),
    ("損失が10%としても許容できる", "10%"),
    ("커버리지가 90%인데도 장애가 난다", "90%"),
    ("노드 2개가 다운되더라도 서비스는 계속된다", "2개"),
    ("即使有5个副本，数据仍可能丢失", "5"),
    ("虽然覆盖率90%，但仍有缺陷", "90%"),
    ("The cluster keeps serving even if 3 nodes fail", "3"),
    ("Even though 80% of lines are covered, bugs slip through", "80%"),
])
def test_a_conceded_figure_is_no_fact(line: str, figure: str) -> None:
    assert conceded(*_at(line, figure))


@pytest.mark.parametrize(("line", "figure"), [
    ("100件を処理するのに3秒かかる", "3秒"),
    ("100件を処理するのに3秒かかる", "100"),
    ("3件を処理するのに 10秒かかる", "3件"),
    ("커버리지는 90%를 목표로 한다", "90%"),
    ("Each node holds 3 replicas, even if idle", "3"),
])
def test_a_stated_figure_is_not_conceded(line: str, figure: str) -> None:
    assert not conceded(*_at(line, figure))
