"""Author cards: every syntax the notes may use, and lines that only look like cards."""

from __future__ import annotations

from bot.notes.cards import GAP, AuthorCard, scan_cards


def cards(text: str) -> list[AuthorCard]:
    return list(scan_cards(text, "n.md").cards)


def pairs(text: str) -> list[tuple[str, str, str]]:
    return [(c.front, c.back, c.syntax) for c in cards(text)]


def test_single_line_card_one_way_with_its_line_and_headings() -> None:
    [card] = cards("# 운영체제\n## 동기화\n- 뮤텍스는 무엇인가::한 번에 하나만 들어가는 잠금\n")
    assert (card.front, card.back, card.kind) == (
        "뮤텍스는 무엇인가", "한 번에 하나만 들어가는 잠금", "basic")
    assert card.source.line == 3 and card.headings == ("운영체제", "동기화")


def test_triple_colon_makes_a_card_each_way() -> None:
    assert pairs("Capital of Norway:::Oslo\n") == [
        ("Capital of Norway", "Oslo", "inline-both"),
        ("Oslo", "Capital of Norway", "inline-both"),
    ]
    assert [c.reverse for c in cards("Capital of Norway:::Oslo\n")] == [False, True]


def test_multi_line_cards_split_by_question_marks() -> None:
    text = (
        "What does a load balancer do\nin front of a pool?\n?\n"
        "Spreads requests\nacross healthy targets\n\nRTO\n??\nRecovery time objective\n"
    )
    got = cards(text)
    assert [(c.front, c.back, c.source.line) for c in got] == [
        ("What does a load balancer do in front of a pool?",
         "Spreads requests\nacross healthy targets", 1),
        ("RTO", "Recovery time objective", 7),
        ("Recovery time objective", "RTO", 7),
    ]


def test_question_and_answer_lines() -> None:
    text = (
        "Q: 교착 상태의 네 조건은?\nA: 상호 배제, 점유 대기,\n비선점, 순환 대기\n\n"
        "**Q.** What is a race condition?\n**A.** Output depends on timing\n"
    )
    assert pairs(text) == [
        ("교착 상태의 네 조건은?", "상호 배제, 점유 대기,\n비선점, 순환 대기", "qa"),
        ("What is a race condition?", "Output depends on timing", "qa"),
    ]


def test_anki_cloze_one_card_per_number() -> None:
    got = pairs("- {{c1::S3}} stores objects; {{c2::EBS}} stores blocks\n")
    assert got == [
        (f"{GAP} stores objects; EBS stores blocks", "S3", "cloze-anki"),
        (f"S3 stores objects; {GAP} stores blocks", "EBS", "cloze-anki"),
    ]


def test_highlight_and_bold_are_clozes_only_under_the_flashcards_tag() -> None:
    plain = "## Storage\nEBS volumes live in **one AZ**.\nGlacier is ==cold storage==.\n"
    assert cards(plain) == []
    tagged = (
        "## Storage #flashcards\nEBS volumes live in **one AZ**.\n"
        "Glacier is ==cold storage==.\n## Other\nS3 is **global**.\n"
    )
    assert pairs(tagged) == [
        (f"EBS volumes live in {GAP}.", "one AZ", "cloze-bold"),
        (f"Glacier is {GAP}.", "cold storage", "cloze-highlight"),
    ]


def test_front_matter_tag_covers_the_whole_file() -> None:
    text = "---\ntags: [flashcards]\nq: not a card\n---\n# Net\nA VPC spans ==one region==.\n"
    assert pairs(text) == [(f"A VPC spans {GAP}.", "one region", "cloze-highlight")]


def test_code_urls_and_code_like_names_are_not_cards() -> None:
    text = (
        "```cpp\nstd::vector<int> v; // what::ever\n```\n"
        "Use `a::b` here.\n"
        "std::vector is a container\n"
        "Listen on http://[fe80::1]:8080 for tests\n"
        "status:: done\n"
    )
    assert cards(text) == []


def test_malformed_cards_are_reported_with_their_line() -> None:
    scan = scan_cards("# T\n?\nanswer without question\n", "deck.md")
    assert scan.cards == ()
    assert [str(p) for p in scan.problems] == [
        "deck.md:2: a `?` card line needs the question above it and the answer below"
    ]
    tagged = scan_cards("#flashcards\nquestion::\n", "deck.md")
    assert tagged.cards == () and [p.source.line for p in tagged.problems] == [2]


def test_a_q_line_without_an_answer_is_prose() -> None:
    assert cards("Q. 이건 질문처럼 보이지만 답이 없다\n\n다음 문단\n") == []


def test_question_headings_take_the_text_below_as_answer() -> None:
    text = (
        "# Web security\n## Q1: What is CSRF? ⭐\n\n**Answer:**\n\n"
        "* A forged request that rides on the victim's session\n\n🔗 **Source:** site\n"
        "## Q2: What is XSS?\n\n## Notes\nplain text\n"
    )
    scan = scan_cards(text, "w.md")
    assert [(c.front, c.back, c.syntax) for c in scan.cards] == [
        ("What is CSRF?", "A forged request that rides on the victim's session", "qa-heading")
    ]
    assert [p.source.line for p in scan.problems] == [9]


def test_details_blocks_are_question_and_answer() -> None:
    text = (
        "## OS\n<details>\n<summary>프로세스와 스레드의 차이는?</summary>\n\n"
        "- 프로세스는 자원을 따로 가진다\n- 스레드는 자원을 공유한다\n</details>\n\n"
        "<details><summary>Empty</summary></details>\n"
        "<details>\n<summary>Never closed</summary>\n"
    )
    scan = scan_cards(text, "os.md")
    assert [(c.front, c.back, c.syntax, c.source.line) for c in scan.cards] == [
        ("프로세스와 스레드의 차이는?", "프로세스는 자원을 따로 가진다\n스레드는 자원을 공유한다",
         "details", 2)
    ]
    assert [str(p) for p in scan.problems] == [
        "os.md:9: a <details> card needs a <summary> question and an answer",
        "os.md:10: <details> is never closed",
    ]


def test_cards_ride_along_in_the_parsed_deck() -> None:
    from bot.notes.loader import parse_markdown

    text = "# Net\n## VPC\n- VPC가 걸치는 범위는::한 리전\n- 서브넷은 AZ 하나\n"
    deck = parse_markdown(text, "n.md")
    assert [(c.front, c.back) for c in deck.cards] == [("VPC가 걸치는 범위는", "한 리전")]
