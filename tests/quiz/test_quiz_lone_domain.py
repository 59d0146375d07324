"""A choice alone in the stem's domain: a stem that speaks of latitude and
longitude points at the one geographic choice (*Geoproximity*) among routing
policies that are not, whatever the reader knows. The field list
(bot/notes/data/fields.txt) carries such domains; a question whose right choice
alone shares one with its stem is not asked."""

from __future__ import annotations

from importlib import resources

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.fields import echoed_fields, fields_of

# Written for this test: ways a name server may pick its answer.
POLICIES = """# 이름 서버 응답 정책

## 응답 정책 종류
- 단순 (Simple): 레코드 하나에 값 하나를 그대로 응답
- 가중치 (Weighted): 정해 둔 비율대로 여러 값에 요청을 나누어 응답
- 장애 조치 (Failover): 주 대상이 응답하지 않을 때만 보조 대상으로 응답
- 지리 근접 (Geoproximity): 대상마다 위도와 경도를 적어 두고 사용자와 가까운 대상으로 응답
- 다중 값 (Multivalue): 정상인 값 여러 개를 한 번에 응답
"""


def test_a_stem_of_coordinates_is_not_asked_for_the_one_geographic_choice() -> None:
    bank = build_bank(parse_markdown(POLICIES, "policies.md"))
    assert bank, "the other policies are still asked"
    for q in bank:
        if "위도" in q.prompt:
            assert "Geo" not in q.correct_choice, (q.prompt, q.choices)


def test_coordinates_and_a_geographic_name_share_a_field() -> None:
    assert "geography" in echoed_fields("Geoproximity", "위도와 경도를 지정한 대상",
                                        ["Weighted", "Simple", "Failover"])
    assert "geography" in echoed_fields("Geolocation routing", "by the user's latitude",
                                        ["Weighted routing", "Latency routing"])
    # Two geographic choices: the stem points at neither.
    assert not echoed_fields("Geoproximity", "위도와 경도를 지정한 대상",
                             ["Geolocation", "Weighted"])
    # 'location' and 위치 reach past geography (a memory location, an array's).
    assert "geography" not in fields_of("배열에서 원소의 위치") | fields_of("memory location")


def test_every_line_of_the_field_list_is_a_field_and_its_words() -> None:
    text = resources.files("bot.notes").joinpath("data/fields.txt").read_text("utf-8")
    names = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, bar, words = line.partition("|")
        assert bar and name.strip() and " " not in name.strip(), line
        entries = [w.strip() for w in words.split(",")]
        assert entries and all(entries), line
        # A star opens a word of three letters at least: 'ex*' would be in anything.
        assert all(len(w.rstrip("*")) >= 3 for w in entries if w.endswith("*")), line
        names.append(name.strip())
    assert len(names) == len(set(names)), "one line a field"
