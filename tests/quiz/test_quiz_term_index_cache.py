"""The term index behind every giveaway check is built once per kind (plain
or spelling) however its callers pass the argument: an lru_cache keys
`_index()`, `_index(False)` and `_index(spelling=True)` apart, and with room
for two it rebuilt the index hundreds of times per bank (4.6 s of a 5 s
build, bench/bench_quiz.py)."""

from bot.quiz import gloss, terms


def test_the_term_index_survives_every_calling_form() -> None:
    gloss._index.cache_clear()
    first = gloss._index()
    for _ in range(3):
        gloss._index(False)
        gloss._index(spelling=False)
        gloss._index(True)
        gloss._index(spelling=True)
    assert gloss._index() is first


def test_the_term_list_survives_every_calling_form() -> None:
    terms.term_list.cache_clear()
    first = terms.term_list()
    for _ in range(3):
        terms.term_list(False)
        terms.term_list(True)
        terms.term_list(spelling=True)
    assert terms.term_list() is first
