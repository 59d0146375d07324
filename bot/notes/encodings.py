"""Notes saved in a legacy code page, read anyway.

Korean, Japanese and Chinese notes written on Windows are often saved as
CP949 (EUC-KR), Shift_JIS, EUC-JP, GB18030 or Big5 rather than UTF-8. A byte sequence can
decode under several of these code pages, and a detector guesses poorly on a
short file (Chinese GB18030 text decodes as CP949 Hangul soup), so a code page
is only taken when the text it gives is written in that code page's own script:
mostly Hangul for CP949, kana for Shift_JIS, Han with neither for GB18030.
Anything else stays an error that names the first bad byte.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["decode_notes"]

def _share(text: str, wanted: Callable[[str], bool]) -> float:
    """The share of the non-ASCII letters of `text` that are `wanted`."""
    letters = [ch for ch in text if ord(ch) > 0x7F and ch.isalpha()]
    if not letters:
        return 0.0
    return sum(wanted(ch) for ch in letters) / len(letters)


def _hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e"


def _kana(ch: str) -> bool:
    return "\u3040" <= ch <= "\u30ff"


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


# Each legacy code page, and what text read in it must look like to be taken.
_CODE_PAGES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    # EUC-KR proper (KS X 1001) first: real Korean text stays inside it, while
    # Shift_JIS bytes fall into CP949's extension of rare syllables.
    ("euc_kr", lambda text: _share(text, _hangul) >= 0.8),
    ("cp932", lambda text: _share(text, _kana) >= 0.2 and _share(text, _hangul) == 0),
    ("euc_jp", lambda text: _share(text, _kana) >= 0.2 and _share(text, _hangul) == 0),
    # CP949 before GB18030: GB18030 reads any Korean bytes as Han characters,
    # while Chinese bytes read as CP949 give Hangul and Hanja mixed about 3:2.
    ("cp949", lambda text: _share(text, _hangul) >= 0.8),
    ("gb18030", lambda text: _share(text, _han) >= 0.95),
    ("big5", lambda text: _share(text, _han) >= 0.95),
)


def decode_notes(data: bytes) -> tuple[str, str | None]:
    """The text of a notes file and the legacy code page it was read in
    (None for UTF-8). Raises the UTF-8 UnicodeDecodeError, whose position
    names the first bad byte, when no code page gives text in its own script."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as utf8_error:
        for encoding, fits in _CODE_PAGES:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if fits(text):
                return text, encoding
        raise utf8_error from None
