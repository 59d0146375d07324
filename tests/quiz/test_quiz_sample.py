"""`sample`: a fixed draw per seed that never asks one line of the notes twice."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import combinations

from quiz_decks import make_deck

from bot.notes.model import SourceRef
from bot.quiz.bank import build_bank, sample
from bot.quiz.question import Question


def _question(n: int, lines: tuple[int, ...]) -> Question:
    return Question(id=f"q{n}", kind="name", section="S", topic="T", concept="c",
                    prompt=f"stem {n}", choices=("a", "b", "c"), answer=0,
                    explanation="e", source=SourceRef(file="f.md", line=lines[0]),
                    source_hash="h", facts=tuple(f"f.md:{line}" for line in lines))


def test_a_sample_never_asks_one_line_twice() -> None:
    # Ten lines, each asked by three questions (a name, its cloze, its mirror).
    bank = [_question(i, (i % 10,)) for i in range(30)]
    for seed in range(50):
        picked = sample(bank, 10, seed)
        assert len(picked) == 10
        assert len({q.facts for q in picked}) == 10
        assert sample(bank, 10, seed) == picked


def test_a_question_on_several_lines_blocks_each_of_them() -> None:
    bank = [_question(0, (1, 2)), _question(1, (2,)), _question(2, (1,)), _question(3, (3,))]
    for seed in range(30):
        picked = sample(bank, 2, seed)
        lines = [f for q in picked for f in q.facts]
        assert len(lines) == len(set(lines))


def test_lines_come_back_only_when_the_bank_runs_out_of_new_ones() -> None:
    bank = [_question(i, (1,)) for i in range(4)]
    assert len(sample(bank, 3, 7)) == 3


def test_generated_questions_name_the_lines_they_ask() -> None:
    deck = make_deck({"Storage": {
        "Glacier": ["Retrieval takes from minutes to 12 hours in the archive tier",
                    "Minimum storage duration of 90 days for archived objects"],
        "EFS": ["Network file system mounted by many instances across zones",
                "Scales automatically to petabytes with no provisioning"],
        "EBS": ["Block volume attached to one instance in a single zone",
                "Snapshots are stored incrementally for backups"],
    }})
    bank = build_bank(deck)
    assert bank
    assert all(q.facts and all(f.startswith("notes.md:") for f in q.facts) for q in bank)


def test_one_figure_written_in_two_places_is_one_fact() -> None:
    deck = make_deck({
        "Aurora": {"Aurora": ["마스터 외에 최대 15개의 읽기 복제본 생성 가능",
                              "스토리지는 10GB로 시작"]},
        "데이터베이스": {"Aurora 복제본": ["마스터 DB와 최대 15개의 읽기 전용 복제본 지원"],
                    "RDS": ["자동 백업은 최대 35일 보관"]},
    })
    bank = build_bank(deck)
    fifteen = [q for q in bank if q.kind == "cloze" and q.correct_choice == "15개"]
    assert len(fifteen) == 2
    assert set(fifteen[0].facts) & set(fifteen[1].facts)
    for seed in range(40):
        assert sum(q.correct_choice == "15개" for q in sample(bank, 3, seed)) <= 1


def test_definitions_shown_as_options_are_not_asked_again() -> None:
    # '… 설명으로 옳은 것은?' shows every term's definition: the next such question
    # on the same list would show the same four lines.
    deck = make_deck({"EBS": {"볼륨 유형": [
        "gp3: 범용 SSD 볼륨, 비용 효과적", "io2: 최고 성능 SSD 볼륨, 미션 크리티컬",
        "st1: 저비용 HDD 볼륨, 처리량 중심", "sc1: 가장 저렴한 콜드 HDD 볼륨",
        "standard: 이전 세대 마그네틱 볼륨", "io2 Block Express: 서브 밀리초 지연 볼륨"]},
        # Other facts, so that a sample of two never runs out of new lines.
        "한도": {"람다": ["람다 함수는 실행 당 최대 15분 동안 실행", "동시 실행은 기본 1000건"]}})
    bank = build_bank(deck)
    describes = [q for q in bank if "설명으로 옳은 것은" in q.prompt]
    assert len(describes) >= 2
    for seed in range(40):
        picked = sample(bank, 2, seed)
        assert sum(q in describes for q in picked) <= 1


def test_match_and_versus_questions_name_every_option_line() -> None:
    # A list's terms as options, or the two sides of a comparison: the next
    # question on the list (or the mirrored comparison) shows the same lines.
    deck = make_deck({
        "EBS": {"볼륨 유형": [
            "gp3: 범용 SSD 볼륨, 비용 효과적", "io2: 최고 성능 SSD 볼륨, 미션 크리티컬",
            "st1: 저비용 HDD 볼륨, 처리량 중심", "sc1: 가장 저렴한 콜드 HDD 볼륨"]},
        "전송": {"CloudFront vs Global Accelerator": [
            ("CloudFront", ["엣지 로케이션을 콘텐츠 캐시에 사용",
                            "변화하는 동적인 IP 주소 세트를 사용",
                            "http 프로토콜을 처리하는데 적합"]),
            ("Global Accelerator", ["고정된 IP 주소 두 개를 사용",
                                    "tcp/udp 프로토콜을 처리하는데 적합",
                                    "엣지 로케이션을 최적 경로 찾기에 사용"])]},
    })
    bank = build_bank(deck)
    asked = [q for q in bank if q.kind in ("match", "versus")]
    assert {q.kind for q in asked} == {"match", "versus"}
    assert all(len(q.facts) == len(q.choices) for q in asked)


def _on(n: int, concept: str, choices: tuple[str, ...]) -> Question:
    return Question(id=f"q{n}", kind="name", section="S", topic="T", concept=concept,
                    prompt=f"stem {n}", choices=choices, answer=0, explanation="e",
                    source=SourceRef(file="f.md", line=n), source_hash="h",
                    facts=(f"f.md:{n}",))


def test_a_sample_asks_a_concept_once_while_the_bank_has_others() -> None:
    # Three questions on RDS Proxy (each on its own line) and five on others.
    bank = [_on(i, "rdsproxy", (f"a{i}", f"b{i}", f"c{i}")) for i in range(3)]
    bank += [_on(i, f"other{i}", (f"a{i}", f"b{i}", f"c{i}")) for i in range(3, 8)]
    for seed in range(40):
        picked = sample(bank, 6, seed)
        assert len(picked) == 6
        assert sum(q.concept == "rdsproxy" for q in picked) == 1


def test_a_sample_shows_one_set_of_choices_once_while_the_bank_has_others() -> None:
    same = ("S3 Select", "Batch Operations", "요청자 지불", "이벤트 알림")
    bank = [_on(i, f"feature{i}", same) for i in range(3)]
    bank += [_on(i, f"other{i}", (f"a{i}", f"b{i}", f"c{i}")) for i in range(3, 8)]
    for seed in range(40):
        picked = sample(bank, 6, seed)
        assert sum(q.choices == same for q in picked) == 1


def test_a_concept_comes_back_only_when_the_bank_runs_out_of_others() -> None:
    bank = [_on(i, "rdsproxy", (f"a{i}", f"b{i}", f"c{i}")) for i in range(3)]
    bank.append(_on(3, "other", ("x", "y", "z")))
    for seed in range(20):
        picked = sample(bank, 4, seed)
        assert len(picked) == 4
        assert sample(bank, 4, seed) == picked


def test_a_term_and_its_mirror_never_meet_in_one_sample() -> None:
    # One list only: a sample of the whole bank runs out of new lines, and a
    # line comes back, but never as the mirror of a question already drawn
    # (its description as the answer of one and as the stem of the other).
    deck = make_deck({"Hybrid links": {"Connections": [
        "Private line: dedicated fibre from the office to the cloud region",
        "Tunnel: encrypted traffic over the public internet, set up in minutes",
        "Hub router: ties many networks and accounts through one central point",
        "Edge cache: keeps copies of pictures close to far-away readers"]}})
    bank = build_bank(deck)
    directions = Counter(q.concept for q in bank if q.kind == "match")
    assert len(directions) == 4 and set(directions.values()) == {2}
    for seed in range(30):
        picked = sample(bank, len(bank), seed)
        assert len(picked) == 4
        for q, other in combinations(picked, 2):
            assert q.correct_choice not in other.prompt, (q.prompt, other.prompt)


def _in_list(n: int, heading: str) -> Question:
    return Question(id=f"q{n}", kind="name", section=heading, topic="T", concept=f"c{n}",
                    prompt=f"{heading}\nstem {n}", choices=(f"a{n}", f"b{n}", f"c{n}"),
                    answer=0, explanation="e", source=SourceRef(file="f.md", line=n),
                    source_hash="h", context=heading, facts=(f"f.md:{n}",))


def test_a_sample_smaller_than_the_bank_spreads_over_its_lists() -> None:
    # Eight questions on one list of storage names, two on a list of network
    # names: four questions take two from each rather than four from one.
    bank = [_in_list(i, "Storage") for i in range(8)]
    bank += [_in_list(i, "Network") for i in range(8, 10)]
    for seed in range(40):
        picked = sample(bank, 4, seed)
        assert Counter(q.context for q in picked) == {"Storage": 2, "Network": 2}
        assert sample(bank, 4, seed) == picked
    # A bank that has only one list still fills the sample from it.
    assert len(sample(bank[:8], 5, 3)) == 5


def test_a_line_named_as_a_clue_never_comes_back_blanked_for_the_same_name() -> None:
    # A name question showing a line (its name cut) and a blank on that line:
    # the first taught the second's answer, even when the bank runs out.
    named = _question(0, (1, 2))
    blank = replace(_question(1, (1,)), kind="blank")
    other = replace(blank, id="q2", choices=("b", "a", "c"))  # another answer
    for seed in range(10):
        assert len(sample([named, blank], 2, seed)) == 1
        assert len(sample([named, other], 2, seed)) == 2
