"""Name blanks: a line that names its own concept is asked with the name
blanked. The particle after the blank never tells the name's last sound, an
article before it never its first; the rest of the line must name the
concept no other way (a word of the name, a sibling's name), must say
something of this concept alone, and must read with any choice put in."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank, sample
from bot.quiz.material import read_material
from bot.quiz.name_cloze import blanked, own_word
from bot.quiz.question import Question, fact_key
from bot.quiz.text import NoGlossary

SIBLINGS = """
## 창고 복제
- 원본 창고의 문서를 다른 지역 창고로 비동기 복사
- 복사 지연은 보통 십오 분 이내

## 보관 등급
- 접근 빈도에 따라 요금이 다른 여러 등급 제공
- 드물게 읽는 문서는 저렴한 등급에 둠

## 이벤트 통지
- 문서가 올라오면 대기열이나 함수로 알림 전송
- 알림 대상에 쓰기 권한 필요
"""


def _notes(*lock_lines: str) -> str:
    lines = "\n".join(f"- {line}" for line in lock_lines)
    return (f"# 저장 서비스\n\n## 볼트 잠금\n{lines}\n"
            f"- 규정 준수 모드에서는 관리자도 해제 불가\n{SIBLINGS}")


def _blanks(text: str) -> list[Question]:
    return [q for q in build_bank(parse_markdown(text, "notes.md")) if q.kind == "blank"]


LOCK = "볼트 잠금을 사용하면 특정 문서 판본이 정해진 기간 동안 지워지지 않도록 막을 수 있음"


def test_a_line_naming_its_concept_is_asked_with_the_name_blanked() -> None:
    [question] = _blanks(_notes(LOCK))
    assert question.prompt.splitlines()[1:] == [
        "빈칸에 들어갈 알맞은 것은?",
        "- ___을(를) 사용하면 특정 문서 판본이 정해진 기간 동안 지워지지 않도록 막을 수 있음"]
    assert question.correct_choice == "볼트 잠금"
    assert set(question.choices) <= {"볼트 잠금", "창고 복제", "보관 등급", "이벤트 통지"}
    assert len(question.choices) >= 3
    # Each choice with its own fact, as other kinds explain.
    assert all(f"- {c} — " in question.explanation for c in question.choices)
    # The line is its fact: a sample never asks it twice.
    assert question.facts == (fact_key(question.source),)


def test_the_particle_after_the_blank_is_written_for_either_ending() -> None:
    names = ["볼트 잠금", "창고", "Vault Lock"]
    assert blanked("볼트 잠금은 기간 동안 삭제 차단", names) == "___은(는) 기간 동안 삭제 차단"
    assert blanked("창고가 문서를 보관", names) == "___이(가) 문서를 보관"
    assert blanked("Vault Lock으로 보호", names) == "___(으)로 보호"
    assert blanked("창고와 함께 사용", names) == "___와(과) 함께 사용"
    # A particle whose form does not depend on the name stays as written.
    assert blanked("창고의 문서는 암호화", names) == "___의 문서는 암호화"


def test_a_form_that_tells_the_name_s_sound_leaves_the_line_out() -> None:
    names = ["창고", "Archive Vault"]
    # '이다', '이랑': glued to the name and written for its last sound.
    assert blanked("문서를 두는 곳이 창고이다", names) is None
    assert blanked("창고랑 함께 사용", names) is None
    # 'an ___': the article tells the name opens on a vowel.
    assert blanked("Files are kept in an Archive Vault for years", names) is None
    # The name inside a word is no mention of it.
    assert blanked("물류창고관리 시스템", names) is None


def test_a_blank_that_is_part_of_a_longer_name_or_another_script_is_not_asked() -> None:
    # 'Stream ___ Hose' / 'Root ___': the choices would be read into a longer name.
    assert blanked("Stream Data Hose 를 이용하여 저장", ["Stream"]) is None
    assert blanked("계정을 Root Unit으로 초대", ["Unit"]) is None
    # A particle closes the word before ('VPC가'): the mention starts a name of its own.
    assert blanked("모든 망이 Hub Router와 연결됨", ["Hub Router"]) == "모든 망이 ___와(과) 연결됨"
    assert blanked("모든 VPC가 Hub Router와 연결됨", ["Hub Router"]) \
        == "모든 VPC가 ___와(과) 연결됨"
    assert blanked("AWS의 Hub Router로 연결", ["Hub Router"]) == "AWS의 ___(으)로 연결"
    # A Korean word standing for an English name: 'Weighted' does not fill '상대적 ___ 할당'.
    assert blanked("각 레코드에 상대적 가중치 할당", ["Weighted", "가중치"], "Weighted") is None
    assert blanked("각 레코드에 상대적 가중치 할당", ["가중치 정책", "가중치"], "가중치 정책") \
        == "각 레코드에 상대적 ___ 할당"


def test_another_mention_of_the_name_or_a_part_of_it_drops_the_line() -> None:
    # '잠금' (a word of the name no sibling shares) stands again after the blank.
    assert not _blanks(_notes(
        "볼트 잠금을 사용하면 잠금 기간 동안 특정 문서 판본이 지워지지 않도록 막음"))


def test_a_line_with_little_left_beside_the_blank_is_not_asked() -> None:
    assert not _blanks(_notes("볼트 잠금을 통해 해결 가능"))
    # A heading-like label with the name alone.
    assert not _blanks(_notes("볼트 잠금 : 설정"))


def test_a_line_that_says_nothing_of_this_concept_alone_is_not_asked() -> None:
    # Every word of the rest is written of the siblings too: a member who
    # knows that of another choice may well pick it.
    assert not _blanks(_notes("볼트 잠금으로 접근 빈도에 따라 요금이 다른 등급 제공"))
    material = read_material(parse_markdown(_notes(LOCK), "notes.md"), NoGlossary())
    [lock] = [c for g in material.groups for c in g if c.name == "볼트 잠금"]
    assert own_word("특정 문서 판본이 지워지지 않도록 막음", lock, material)
    assert not own_word("대상 문서에 쓰기 권한 필요", lock, material)


def test_a_sibling_the_notes_describe_the_same_way_is_never_offered() -> None:
    notes = _notes(LOCK).replace(
        "- 알림 대상에 쓰기 권한 필요",
        "- 알림 대상에 쓰기 권한 필요\n"
        "- 문서 판본이 지워지지 않도록 보호")
    # (Left out, the words it shares would point at the answer: no question.)
    assert all("이벤트 통지" not in q.choices for q in _blanks(notes))


def test_a_breadcrumb_that_shows_part_of_the_name_leaves_out_siblings_without_it() -> None:
    notes = _notes(LOCK).replace("# 저장 서비스", "# 볼트")
    # '볼트' above would point at '볼트 잠금' among siblings without it.
    assert not _blanks(notes)


def test_a_sample_asks_a_line_once() -> None:
    bank = build_bank(parse_markdown(_notes(LOCK), "notes.md"))
    for seed in range(20):
        asked = [f for q in sample(bank, len(bank), seed)[:3] for f in q.facts]
        assert len(asked) == len(set(asked))


def test_english_notes_get_the_english_stem() -> None:
    notes = """# Storage

## Vault Lock
- Vault Lock keeps chosen document versions from deletion for a fixed retention window
- compliance mode cannot be lifted even by administrators

## Bucket Replication
- copies documents asynchronously to a bucket in another region
- the copy usually lands within fifteen minutes

## Storage Tiers
- several tiers priced by how often documents are read
- rarely read documents go to a cheaper tier

## Upload Alerts
- sends a message to a queue or function when a document arrives
- the target needs write permission
"""
    [question] = _blanks(notes)
    assert question.prompt.splitlines()[1:] == [
        "Which fills the blank?",
        "- ___ keeps chosen document versions from deletion for a fixed retention window"]
    assert question.correct_choice == "Vault Lock"


def test_a_line_whose_blank_takes_a_two_form_particle_is_read_without_it() -> None:
    # '___(으)로 …': the particle written for either ending is no word of the
    # line (it once read as an aside the line opens on).
    [question] = _blanks(_notes(
        "볼트 잠금으로 특정 문서 판본이 정해진 기간 동안 지워지지 않도록 막을 수 있음"))
    assert question.prompt.endswith(
        "- ___(으)로 특정 문서 판본이 정해진 기간 동안 지워지지 않도록 막을 수 있음")


def test_a_name_alone_in_an_aside_is_no_blank() -> None:
    # '일반화(상속)': the word before the aside is another name for the answer.
    assert blanked("일반화(창고)는 또 다른 보관 방식이다", ["창고"]) is None
    assert blanked("창고(보관소)는 또 다른 보관 방식이다", ["창고"]) is not None


NAMES_A_SIBLING = ("볼트 잠금을 사용하면 창고 복제로 옮긴 문서 판본도 정해진 기간 동안 "
                   "지워지지 않도록 막을 수 있음")


def test_a_line_naming_a_sibling_is_asked_without_offering_that_sibling() -> None:
    [question] = _blanks(_notes(NAMES_A_SIBLING))
    assert question.correct_choice == "볼트 잠금"
    assert "창고 복제" not in question.choices
    assert set(question.choices) == {"볼트 잠금", "보관 등급", "이벤트 통지"}


def test_a_line_naming_a_sibling_that_shares_a_word_of_the_name_is_not_asked() -> None:
    # '잠금 해제 요청' shares '잠금' with the answer: shown in the line it
    # points at the answer among the rest.
    notes = _notes("볼트 잠금을 사용하면 잠금 해제 요청이 와도 문서 판본이 정해진 기간 동안 "
                   "지워지지 않도록 막을 수 있음")
    notes += "\n## 잠금 해제 요청\n- 담당자 두 명의 승인이 있어야 처리\n- 승인 기록은 일 년 보관\n"
    assert _blanks(notes) == []


def test_a_topic_written_in_two_sections_stands_among_the_siblings_of_both() -> None:
    # '볼트 잠금' is merged into its first section, where it has one sibling
    # only; beside the second section's topics, where its line was written, it
    # is asked.
    notes = ("## 기초\n\n1. 볼트 잠금\n- 규정 준수 모드에서는 관리자도 해제 불가\n\n"
             "2. 창고 만들기\n- 이름은 전 세계에서 고유해야 함\n- 만든 뒤 지역 변경 불가\n\n"
             f"## 저장 서비스\n\n1. 볼트 잠금\n- {LOCK}\n\n"
             "2. 창고 복제\n- 원본 창고의 문서를 다른 지역 창고로 비동기 복사\n"
             "- 복사 지연은 보통 십오 분 이내\n\n"
             "3. 보관 등급\n- 접근 빈도에 따라 요금이 다른 여러 등급 제공\n"
             "- 드물게 읽는 문서는 저렴한 등급에 둠\n\n"
             "4. 이벤트 통지\n- 문서가 올라오면 대기열이나 함수로 알림 전송\n"
             "- 알림 대상에 쓰기 권한 필요\n")
    [question] = _blanks(notes)
    assert question.correct_choice == "볼트 잠금"
    assert question.prompt.startswith("저장 서비스\n")
    assert set(question.choices) <= {"볼트 잠금", "창고 복제", "보관 등급", "이벤트 통지"}
