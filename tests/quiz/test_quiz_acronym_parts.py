"""A stem spelling out an acronym answer, or the part of it that sets it apart
from sibling acronyms sharing the rest (MVP, MVC, MVVM): by English words, by
Hangul loanwords of words the notes write in English (프레젠터 -> presenter), or
by the notes' own expansion ('MVP (Model-View-Presenter)')."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away, reading_acronyms
from bot.quiz.translit import Loanwords

PATTERNS = ["MVC", "MVP", "MVVM"]
LOANS = Loanwords(frozenset({"model", "view", "presenter", "controller", "binding"}))


def _none(short: str) -> tuple[str, ...]:
    return ()


def _others(answer: str) -> list[str]:
    return [p for p in PATTERNS if p != answer]


def test_hangul_loanwords_of_the_notes_spell_an_acronym_out() -> None:
    stem = "모델과 뷰 사이에서 프레젠터가 요청을 중계한다"
    assert not gives_away("MVP", stem, _others("MVP"))  # 프레젠터 read as no word
    with reading_acronyms(_none, LOANS):
        assert gives_away("MVP", stem, _others("MVP"))


def test_one_letter_of_its_own_among_words_for_the_others_close_by() -> None:
    # Model and View are every sibling's; the presenter is MVP's alone.
    stem = "모델은 뷰를 모르고 오직 프레젠터만 안다"
    with reading_acronyms(_none, LOANS):
        assert gives_away("MVP", stem, _others("MVP"))
        # The presenter alone, with no word for the rest, spells nothing out.
        assert not gives_away("MVP", "요청은 프레젠터가 받아 처리한다", _others("MVP"))


def test_a_korean_word_for_its_own_letter_needs_all_other_letters_but_one() -> None:
    with reading_acronyms(_none, LOANS):
        assert gives_away("MVC", "컨트롤러가 입력을 받아 모델을 고친다", _others("MVC"))
        # Any English sentence has words for M and C: an English word for the
        # letter of its own needs words for every letter.
        assert not gives_away("MVC", "Most common layout in web frameworks", _others("MVC"))
        assert gives_away("MVC", "The controller updates model and view", _others("MVC"))


def test_a_vendor_word_opening_a_name_is_no_acronym_of_it() -> None:
    # 'AWS' beside 'API' and 'SQS' shares A and S: no sibling, and no W of its own.
    with reading_acronyms(_none, LOANS):
        assert not gives_away("AWS Step Functions", "시각적 워크플로 구축 서비스",
                              ["API Gateway", "SQS", "EventBridge"])


def test_two_letters_of_its_own_written_in_order() -> None:
    with reading_acronyms(_none, LOANS):
        for stem in ("뷰모델이 화면 상태를 들고 있다", "화면 상태는 뷰 모델에 둔다",
                     "The ViewModel holds the state of the screen"):
            assert gives_away("MVVM", stem, _others("MVVM")), stem
        # Model and View the other way round are no ViewModel: every sibling has them.
        assert not gives_away("MVVM", "모델과 뷰를 나누어 둔다", _others("MVVM"))


def test_acronyms_sharing_little_are_no_siblings() -> None:
    # SOAP shares MVP's closing P only: Model and View are then MVP's own part,
    # and a stem naming them points at nothing.
    with reading_acronyms(_none, LOANS):
        assert not gives_away("MVP", "모델과 뷰를 나누어 둔다", ["REST", "SOAP"])


def test_an_expansion_of_the_notes_written_in_hangul_gives_it_away() -> None:
    def expand(short: str) -> tuple[str, ...]:
        return ("Model-View-Presenter",) if short == "MVP" else ()

    stem = "요청은 프레젠터가 받아 처리한다"
    assert not gives_away("MVP", stem, ["MVC", "MVVM"])
    with reading_acronyms(expand):
        assert gives_away("MVP", stem, ["MVC", "MVVM"])


NOTES = """# 화면 구조

### MVC
- 컨트롤러가 입력을 받아 상태를 고친다
- 가장 오래된 구조로 웹 프레임워크 대부분이 따른다

### MVP
- controller 자리에 presenter를 둔다
- 모델과 뷰 사이에서 프레젠터가 요청을 중계한다
- 화면 하나에 중재 객체 하나가 붙는다

### MVVM
- viewModel 이 화면 상태를 들고 binding 으로 알린다
- 뷰모델이 화면 상태를 들고 있다
- 테스트하기 쉬운 구조로 알려져 있다
"""


def test_name_questions_keep_no_clue_spelling_the_answer_out() -> None:
    asked = [q for q in build_bank(parse_markdown(NOTES, "n.md")) if q.kind == "name"]
    assert asked  # the notes still give name questions
    for q in asked:
        assert not (q.correct_choice == "MVP" and "프레젠터" in q.prompt), q.prompt
        assert not (q.correct_choice == "MVVM" and "뷰모델" in q.prompt), q.prompt


EXPANDED = """# Layers

### MVP
- Model-View-Presenter
- 요청은 프레젠터가 받아 처리한다
- Keeps one mediating object for each screen

### MVC
- Model-View-Controller
- The oldest of the three, used by most web frameworks

### MVVM
- Model-View-ViewModel
- Binds the screen to its state
- Easy to test without a screen
"""


def test_a_hyphened_expansion_of_the_notes_is_read() -> None:
    for q in build_bank(parse_markdown(EXPANDED, "n.md")):
        if q.kind == "name" and q.correct_choice == "MVP":
            assert "프레젠터" not in q.prompt, q.prompt


def test_a_stem_saying_what_is_shown_gives_the_view_away() -> None:
    # 보여지는 / 보여주는 is the verb 'view' is named after.
    for stem in ("사용자에게 보여지는 부분", "결과를 화면에 보여주는 쪽"):
        assert gives_away("View", stem, ["Model", "Controller"]), stem
    assert not gives_away("Model", "데이터와 그 규칙을 담는 부분", ["View", "Controller"])


def test_katakana_loanwords_spell_an_acronym_out_too() -> None:
    stem = "モデルとビューの間はプレゼンターが取り持つ"
    assert not gives_away("MVP", stem, _others("MVP"))
    with reading_acronyms(_none, LOANS):
        assert gives_away("MVP", stem, _others("MVP"))
        # バインディング is 'binding' (a closing ング is the -ng), no letter of MVP's own.
        assert not gives_away("MVP", "モデルとビューをバインディングでつなぐ", _others("MVP"))


def test_a_stem_saying_spread_over_everything_gives_diversified_away() -> None:
    # 분산 (투자) is the Korean of 'diversified': spread over all pools.
    assert gives_away("diversified", "모든 후보에 고르게 분산", ["lowestCost", "fastestStart"])
    assert not gives_away("lowestCost", "가장 값싼 후보 하나에 몰아서 배치",
                          ["diversified", "fastestStart"])
