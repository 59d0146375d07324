"""An acronym word of the name asked ('MQ' of a *Relay MQ*) sitting inside an
all-capitals word of the right description ('MQTT', 'AMQP') points at it, and
the other way round for a name answering a description. Every note here is
written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.gloss import gives_away

BROKERS = """\
# Messaging offerings

## Offerings

- **Relay MQ**: a managed broker for old apps that speak MQTT/AMQP, moved without code changes
- **Ticket Queue**: a pull queue that keeps each message until a worker deletes it
- **Topic Hub**: pushes each event to every subscriber of its topic at once
- **Stream Log**: an ordered log that consumers can replay for days
- **Batch Pipe**: loads records into storage in near real time, without replay
"""


def test_an_acronym_word_inside_a_capital_word_of_the_description_gives_it_away() -> None:
    assert gives_away("old apps that speak MQTT/AMQP", "Which fits 'Relay MQ'?",
                      ["a pull queue for workers", "pushes each event to subscribers"])
    assert gives_away("Relay MQ", "old apps that speak MQTT/AMQP",
                      ["Ticket Queue", "Topic Hub"])


def test_a_capital_word_no_other_choice_shares_is_not_a_giveaway_when_words_differ() -> None:
    assert not gives_away("old apps that speak STOMP", "Which fits 'Relay MQ'?",
                          ["a pull queue for workers", "pushes each event to subscribers"])


def test_no_question_on_the_broker_pairs_its_name_with_its_protocols() -> None:
    for question in build_bank(parse_markdown(BROKERS, "brokers.md")):
        text = " ".join([question.prompt, question.correct_choice])
        assert not ("Relay MQ" in text and "MQTT" in text), question
