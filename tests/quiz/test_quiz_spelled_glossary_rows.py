"""A glossary table of three columns, short form | long name | description, is
read as short forms and their descriptions: 'which one does this describe'
over short forms, 'which statement describes X' over descriptions. The long
name is the short form's alias, never asked (its initials give the short form
away), and a description that says a word of its own long name asks nothing.
Every note here is written for the test."""

from __future__ import annotations

import pytest

from bot.notes.aliases import mine
from bot.notes.loader import parse_markdown
from bot.notes.spelled_rows import restates, spelled_row
from bot.quiz.bank import build_bank

EN_GLOSSARY = """# Operations glossary

| Short | Stands for | Meaning |
| --- | --- | --- |
| DLQ | Dead Letter Queue | Holds messages no consumer could process after several tries. |
| TTL | Time To Live | How many seconds a cached record is served before a new fetch. |
| RPO | Recovery Point Objective | The span of data before a failure a business accepts losing. |
| SLA | Service Level Agreement | A contract promising a measured uptime, with credits if missed. |
| MFA | Multi-Factor Authentication | Signing in with a password plus a code from a key fob. |
| CDN | Content Delivery Network | A network of edge servers delivering cached content to users. |
"""

# The long name first, the description in Korean.
KO_GLOSSARY = """# 운영 용어

| 원어 | 약어 | 설명 |
| --- | --- | --- |
| Dead Letter Queue | DLQ | 여러 번 처리에 실패한 메시지를 따로 모아 두는 곳 |
| Time To Live | TTL | 캐시된 레코드를 다시 가져오기 전까지 쓸 수 있는 초 단위 시간 |
| Recovery Point Objective | RPO | 장애 시점에서 거슬러 올라가 잃어도 되는 데이터의 최대 범위 |
| Service Level Agreement | SLA | 고객에게 약속한 가동률과 지키지 못했을 때의 보상을 정한 계약 |
| Content Delivery Network | CDN | 사용자 가까운 엣지에서 콘텐츠를 전달하는 네트워크 |
"""

LONG_NAMES = ("Dead Letter Queue", "Time To Live", "Recovery Point Objective",
              "Service Level Agreement", "Multi-Factor Authentication",
              "Content Delivery Network")


@pytest.mark.parametrize("notes", [EN_GLOSSARY, KO_GLOSSARY])
def test_a_spelled_glossary_table_is_matched_by_short_form(notes: str) -> None:
    bank = build_bank(parse_markdown(notes, "notes.md"))
    matched = [q for q in bank if q.kind == "match"]
    assert len(matched) >= 4
    by_term = [q for q in matched if "DLQ" in q.choices]
    assert by_term and all(c.isupper() for q in by_term for c in q.choices)
    # The long name is never asked, never shown.
    for question in bank:
        shown = "\n".join((question.prompt, *question.choices)).lower()
        assert not any(name.lower() in shown for name in LONG_NAMES)


def test_a_description_saying_its_long_name_is_not_asked() -> None:
    bank = build_bank(parse_markdown(EN_GLOSSARY, "notes.md"))
    for question in bank:
        assert "CDN" not in question.choices
        assert "edge servers" not in "\n".join((question.prompt, *question.choices))


def test_a_description_translating_its_long_name_is_not_asked() -> None:
    # ('콘텐츠', '전달', '네트워크' say Content Delivery Network in Korean.)
    bank = build_bank(parse_markdown(KO_GLOSSARY, "notes.md"))
    assert bank
    for question in bank:
        assert question.correct_choice != "CDN"
        assert "엣지" not in question.prompt and "엣지" not in question.correct_choice


def test_the_long_name_is_the_short_forms_alias() -> None:
    deck = parse_markdown(EN_GLOSSARY, "notes.md")
    assert ("DLQ", "Dead Letter Queue") in mine(deck)


def test_spelled_rows() -> None:
    row = spelled_row((("Short", "RPO"), ("Stands for", "Recovery Point Objective"),
                       ("Meaning", "The data a business accepts losing in a failure")))
    assert row is not None and (row.short, row.column) == ("RPO", "Meaning")
    first_long = spelled_row((("Name", "Recovery Point Objective"), ("Short", "RPO"),
                              ("Meaning", "The data a business accepts losing in a failure")))
    assert first_long is not None and first_long.short == "RPO"
    # A comparison row: no cell spells another out.
    assert spelled_row((("Engine", "MySQL"), ("Port", "3306"), ("Note", "open source"))) is None
    # A word and its gloss: nothing to check the letters against.
    assert spelled_row((("Short", "AV"), ("Stands for", "Antivirus"),
                        ("Meaning", "Software that removes malware"))) is None


def test_restating_descriptions() -> None:
    assert restates("Maximum Transmission Unit", "The largest packet that can be transmitted")
    assert restates("Software Development Kit", "Tools needed to develop an application")
    assert restates("Plain Old Telephone Service", "The analog phone system")
    assert restates("Acceptable Use Policy", "Rules of behaviour for users")
    assert not restates("Recovery Point Objective", "The data a business accepts losing")


def test_a_short_form_spelled_out_two_ways_is_neither_asked_nor_offered() -> None:
    notes = EN_GLOSSARY.replace(
        "| CDN |",
        "| PDU | Protocol Data Unit | The block a layer of a network stack hands to the next. |\n"
        "| PDU | Power Distribution Unit | A rack strip feeding several servers from one line. |\n"
        "| CDN |")
    deck = parse_markdown(notes, "notes.md")
    bank = build_bank(deck)
    assert [q for q in bank if q.kind == "match"]
    for question in bank:
        assert "PDU" not in question.choices
        assert "PDU" not in question.prompt
        assert not any("rack strip" in c or "layer of a network" in c for c in question.choices)


INTERFACES = """# Integration glossary

| Short | Stands for | Meaning |
| --- | --- | --- |
| API | Application Programming Interface | Calls by which software exchanges data and messages. |
| SOAP | Simple Object Access Protocol | XML envelopes in which programs exchange messages. |
| JWT | JSON Web Token | A signed claim set a server hands out after sign-in. |
| CORS | Cross-Origin Resource Sharing | Headers telling a browser which sites may read a reply. |
| CSV | Comma-Separated Values | Plain rows of fields a spreadsheet opens as columns. |
"""


def test_a_kind_of_api_is_no_wrong_choice_beside_an_api() -> None:
    # (SOAP is a kind of API: 'calls by which software exchanges data and
    # messages' is true of it too.)
    bank = build_bank(parse_markdown(INTERFACES, "notes.md"))
    asked = [q for q in bank if q.kind == "match"]
    assert asked
    for question in asked:
        if question.correct_choice in ("API", "SOAP"):
            assert not {"API", "SOAP"} <= set(question.choices)
        shown = "\n".join((question.prompt, *question.choices))
        assert not ("'SOAP'" in shown and "Calls by which software" in shown)
        assert not ("'API'" in shown and "XML envelopes" in shown)


LONG_DESCRIPTIONS = """# Integration glossary

| Short | Stands for | Meaning |
| --- | --- | --- |
| API | Application Programming Interface | Rules by which one program asks another for data. Most \
are reached over HTTP today, and many are public. |
| SOAP | Simple Object Access Protocol | XML envelopes exchanged between distributed programs. \
Older enterprise systems still rely on it for billing and payroll integrations. |
| JWT | JSON Web Token | A signed claim set a server hands out after sign-in. Clients send it back \
with each call so the server need not keep a session store. |
| CORS | Cross-Origin Resource Sharing | Headers telling a browser which other sites may read a \
response. Without them a page script is refused what another host returns. |
| CSV | Comma-Separated Values | Plain rows of fields a spreadsheet opens as columns. It has no \
types, so every field is text until a program reads it as a number or a date. |
"""


def test_a_long_glossary_description_is_asked_by_its_first_sentence() -> None:
    bank = build_bank(parse_markdown(LONG_DESCRIPTIONS, "notes.md"))
    shown = ["\n".join((q.prompt, *q.choices)) for q in bank if q.kind == "match"]
    assert any("A signed claim set a server hands out after sign-in." in s for s in shown)
    assert not any("session store" in s for s in shown)

