"""A file without a title heading is named by its file name; a slug of one
('en-someone99-cache-basics', 'db_notes_week3') is never the line a question
is shown under: it reads as the words it ends on that the notes write, or the
question is not asked. Every note here is written for the test."""

from __future__ import annotations

from bot.notes.loader import parse_markdown
from bot.quiz.bank import build_bank
from bot.quiz.file_titles import readable_title, without_file_slug

# Three sections, no title heading: a name question's choices stand under
# different sections, so it is shown under the notes' title, the file's name.
NOTES = """\
### Write-through

- Every write goes to the cache and to the backing store at once
- Reads after a write always find fresh data in the cache

### Write-back

- A write goes only to the cache and reaches the backing store later
- Dirty entries are flushed when they are evicted from the cache

### Write-around

- A write skips the cache and goes straight to the backing store
- The next read of that key misses the cache

Cache basics: how a cache handles writes.
"""


def _first_lines(file: str, text: str = NOTES) -> set[str]:
    return {q.prompt.partition("\n")[0] for q in build_bank(parse_markdown(text, file))}


def test_a_slug_is_never_a_question_s_first_line() -> None:
    for file in ("en-someone99-cache-basics.md", "db_notes_week3.md", "zz-qq7-xx.md"):
        for line in _first_lines(file):
            assert "-" not in line.replace(" - ", "") and "_" not in line, (file, line)


def test_a_slug_shows_the_closing_words_the_notes_write() -> None:
    # (An opening line before the first heading: the parser titles it by the slug.)
    for text in (NOTES, "How a cache handles writes.\n\n" + NOTES):
        lines = _first_lines("en-someone99-cache-basics.md", text)
        assert lines and all("someone99" not in line for line in lines)
        assert any(line.startswith("Cache basics") for line in lines), lines


def test_readable_title_across_languages() -> None:
    assert readable_title("en-someone99-cache-basics", ["Cache basics here"]) == "Cache basics"
    assert readable_title("ko-someone-virtual-memory", ["가상 메모리 virtual memory"]) \
        == "Virtual memory"
    assert readable_title("ja_owner_キャッシュ_基本", ["キャッシュ 基本"]) == "キャッシュ 基本"
    # Words the notes never write, or a single trailing word: no title.
    assert readable_title("os_notes_week3", ["process scheduling"]) == ""
    assert readable_title("owner-review", ["a review of caches"]) == ""
    # A name that is no slug stays as it is.
    assert readable_title("Networking", []) == "Networking"
    assert readable_title("운영체제 정리", []) == "운영체제 정리"


def test_the_file_slug_level_leaves_the_breadcrumb() -> None:
    assert without_file_slug("os-notes > Paging", "/x/os-notes.md") == "Paging"
    assert without_file_slug("os-notes", "/x/os-notes.md") == ""
    assert without_file_slug("Paging > TLB", "/x/os-notes.md") == "Paging > TLB"
    assert without_file_slug("notes > Paging", "/x/notes.md") == "notes > Paging"


def test_a_slug_word_in_the_plural_is_the_word_the_notes_write() -> None:
    assert readable_title("en-owner-osi-layers", ["each OSI layer adds a header"]) == "OSI layers"
    assert readable_title("en-owner-osi-layers", ["each OSI level"]) == ""
