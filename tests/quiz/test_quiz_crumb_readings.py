"""What a breadcrumb shows of an answer is read as a reader finds it in the
choice (concepts.crumb_senses, crumb_reading): a word that only a glossary
gloss of the name adds points at nothing the choice shows; a heading that
writes a whole spelling of the answer, or the answer's own words, still
points at it. And a heading listing the names writes each whole even with
their shared head word in the plural (concepts.named_whole)."""

from __future__ import annotations

from quiz_decks import Node, make_deck

from bot.notes.glossary import Glossary
from bot.quiz.bank import build_bank
from bot.quiz.question import Question

# Four tools under a section named for their kind ('운영 및 관리'): none of the
# names says 'management'.
TOOLS: dict[str, list[Node]] = {
    "Ledgerline": ["여러 계정을 하나로 묶어 청구서를 한 번에 받음",
                   "묶인 계정 전체에 사용 한도 정책을 내려 보냄"],
    "Tracewell": ["누가 언제 어떤 호출을 했는지 기록을 남김",
                  "감사 기록을 90일 동안 무료로 보관"],
    "Gaugeboard": ["서버 지표를 그래프로 그려 대시보드에 표시",
                   "지표가 임계값을 넘으면 경보를 울림"],
    "Driftcheck": ["리소스 설정이 바뀐 이력을 시점별로 보관",
                   "규칙에 어긋난 설정을 비준수로 표시"],
}


def _asked(bank: tuple[Question, ...], answer: str, kind: str = "name") -> list[Question]:
    return [q for q in bank if q.kind == kind and q.correct_choice == answer]


def test_a_word_only_a_gloss_adds_points_at_nothing() -> None:
    # The glossary glosses Ledgerline as '원장 관리' (ledger
    # *management*): the section '운영 및 관리' shares only the added word, which
    # the choice 'Ledgerline' does not show; it says as much of every tool there.
    glossary = Glossary.from_mapping({"Ledgerline": ["원장 관리"]})
    names = _asked(build_bank(make_deck({"운영 및 관리": TOOLS}), glossary), "Ledgerline")
    assert names
    assert all(q.prompt.startswith("운영 및 관리\n") for q in names)


# The same four in English, under 'Operations and Management'.
TOOLS_EN: dict[str, list[Node]] = {
    "Ledgerline": ["Joins several accounts so one invoice arrives for all of them",
                   "Pushes spending limit policies down to every joined account"],
    "Tracewell": ["Records who made which call and when",
                  "Keeps audit records free of charge for 90 days"],
    "Gaugeboard": ["Draws server metrics as graphs on a dashboard",
                   "Raises an alarm when a metric crosses its threshold"],
    "Driftcheck": ["Keeps the history of resource settings at each point in time",
                   "Marks settings that break a rule as noncompliant"],
}


def test_a_word_only_a_gloss_adds_points_at_nothing_in_english() -> None:
    glossary = Glossary.from_mapping({"Ledgerline": ["Ledger Management"]})
    deck = make_deck({"Operations and Management": TOOLS_EN})
    assert _asked(build_bank(deck, glossary), "Ledgerline")


def test_a_heading_writing_a_whole_spelling_still_points() -> None:
    # A heading that writes a spelling of the answer whole ('Nexus Desk' over
    # Ledgerline, glossed 'Nexus Desk') names it among tools it does not name.
    glossary = Glossary.from_mapping({"Ledgerline": ["Nexus Desk"]})
    assert not _asked(build_bank(make_deck({"Nexus Desk 및 운영": TOOLS}), glossary),
                      "Ledgerline")
    # (Without that gloss the heading says nothing of it: asked.)
    assert _asked(build_bank(make_deck({"Nexus Desk 및 운영": TOOLS}), Glossary()),
                  "Ledgerline")


def test_a_heading_sharing_a_word_of_the_name_still_points() -> None:
    # 'Gauge' is a word of the choice 'Gaugeboard' itself: the reader sees it.
    tools = {("Gauge Board" if n == "Gaugeboard" else n): lines for n, lines in TOOLS.items()}
    assert not _asked(build_bank(make_deck({"Gauge 및 운영": tools}), Glossary()),
                      "Gauge Board")


# Two kinds of one thing under a heading that lists both, its head word plural.
LANES: dict[str, list[Node]] = {
    "Express lane": ["Reserved for buses and taxis during rush hours",
                     "Separated from other traffic by a solid double line"],
    "Local lane": ["Gives access to every exit and on-ramp along the road",
                   "Speed limit lowered near school zones"],
}


def test_a_heading_listing_both_names_in_the_plural_points_at_neither() -> None:
    # 'Lanes: Express vs Local' writes 'Express lane' and 'Local lane' alike.
    bank = build_bank(make_deck({"Lanes: Express vs Local": LANES}))
    pairs = _asked(bank, "Express lane", "pair") + _asked(bank, "Local lane", "pair")
    assert pairs
    assert all(set(q.choices) == {"Express lane", "Local lane"} for q in pairs)


def test_a_heading_naming_one_of_the_two_still_points() -> None:
    # 'Express lanes' names one of them only: Express lane is not asked under it.
    assert not _asked(build_bank(make_deck({"Express lanes": LANES})), "Express lane", "pair")
