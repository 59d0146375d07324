"""Numeric cloze: units, identifiers, ranges, percentages by context, particles."""

from __future__ import annotations

from quiz_decks import make_deck

from bot.quiz.bank import build_bank
from bot.quiz.cloze import distractors, figures, shape, unit_key


def _clozes(*facts: str) -> list:
    deck = make_deck({"S3": {"수명 주기": list(facts)}})
    return [q for q in build_bank(deck) if q.kind == "cloze"]


def test_longest_unit_first() -> None:
    [q] = _clozes("Glacier는 최소 보관 기간이 6개월 이상")
    assert q.correct_choice == "6개월"
    assert all(c.endswith("개월") for c in q.choices)
    assert "___ 이상" in q.prompt


def test_identifiers_and_ports_are_never_blanked() -> None:
    assert figures("S3 버킷과 EC2 t2.micro, IPv4 사용") == []
    assert figures("6081 포트의 GENEVE 프로토콜") == []
    assert [f.text for f in figures("Version 2012-10-17, 최대 15개")] == ["15개"]


def test_ranges_are_skipped() -> None:
    assert figures("데이터를 1~5분 이내에 받음") == []
    # (Only the ceiling of a range that may be set is a figure: a maximum.)
    assert [f.text for f in figures("자동 백업 : 1일에서 35일까지 가능")] == ["35일"]
    assert figures("스냅샷 아카이브 이동 (24~72시간 소요)") == []


def test_percent_read_by_context() -> None:
    [availability] = figures("가용성 99.99%")
    assert availability.ladder == "nines"
    assert set(distractors(availability, [])) <= {99.0, 99.5, 99.9, 99.95, 99.999, 99.999999999}
    # Seven nines of durability is no published figure: a typo, not a question.
    [typo] = figures("내구성은 동일함 99.9999999%")
    assert distractors(typo, []) == []
    [discount] = figures("온디맨드에 비해 최대 90% 할인")
    assert discount.ladder == "discount"
    assert all(0 < v <= 100 and v != 90 for v in distractors(discount, []))


def test_distractors_are_plausible_and_distinct() -> None:
    [fig] = figures("마스터 외에 읽기 복제본을 15개까지 생성 가능")
    wrong = distractors(fig, [16.0, 7.0])
    assert len(wrong) == 3 and 15.0 not in wrong
    assert all(abs(v - 15) / 15 > 0.05 for v in wrong)


def test_particle_after_the_blank_fits_every_choice() -> None:
    [q] = _clozes("하나의 ENI에 5개가 연결 가능")
    assert "___이(가) 연결" in q.prompt


def test_answer_value_never_stays_in_the_stem() -> None:
    assert _clozes("3개의 AZ에 3개의 사본") == []


def test_an_odd_figure_is_not_asked_among_round_ones() -> None:
    # 18 among the %-ladder's 20, 25, 30 and 256 among 500, 1000, 5000 are picked by
    # their look: no same-looking distractors exist, so no question.
    assert _clozes("경보가 울리려면 감시 노드의 18% 이상이 실패를 보고") == []
    assert _clozes("한 묶음에 넣을 수 있는 항목은 최대 256개") == []
    # A round answer among round distractors is still asked.
    [q] = _clozes("경보가 울리려면 감시 노드의 30% 이상이 실패를 보고")
    assert q.correct_choice == "30%"
    # Same-looking figures from the deck are used when there are enough of them.
    odd = _clozes("한 묶음에 넣을 수 있는 항목은 최대 256개", "대기열 하나의 소비자는 최대 128개",
                  "큐 그룹의 길이는 최대 512개")
    assert odd
    for q in odd:
        wrong = [int(c.removesuffix("개")) for c in q.choices if c != q.correct_choice]
        assert shape(int(q.correct_choice.removesuffix("개"))) in {shape(v) for v in wrong}


def test_a_figure_stated_nearby_in_the_sentence_is_not_blanked() -> None:
    # The frame size beside its payload size (1460 next to 1500), and the same
    # count again without a unit: the sentence gives the blank away.
    assert _clozes("A frame carries at most 1500 bytes, so its payload is 1460") == []
    assert _clozes("After 3 repeated replies the sender resends, once 3 times is seen") == []


def test_a_line_is_asked_for_one_figure() -> None:
    # '1년 혹은 3년': two blanks would each show the other's answer; the line
    # gives one question, on its first figure.
    asked = [q.correct_choice for q in _clozes("1년 혹은 3년 등 예약 기간 지정 후 추가할인")]
    assert asked == ["1년"]


def test_a_later_figure_under_a_bound_is_not_asked() -> None:
    # The world keeps raising these: '500개가 넘는' would be true as well.
    asked = [q.correct_choice for q in _clozes(
        "40여 국가의 90개 도시에 400개가 넘는 전송 지점 존재",
        "10GB로 시작하지만 128TB 까지 자동으로 증가")]
    assert "400개" not in asked and "128TB" not in asked


def test_bits_and_bytes_written_in_hangul_are_units() -> None:
    # ('32비트' is '32 bits' as Korean notes write it: the same unit, one key.)
    [bits] = figures("IPv4 주소는 32비트 길이")
    assert bits.text == "32비트" and unit_key(bits.unit) == unit_key("bits")
    assert [f.text for f in figures("UDP 헤더는 8바이트")] == ["8바이트"]
