"""Korean particles chosen by the sound they follow.

A template writes the particle in its generic form, `은(는)`, `이(가)`,
`을(를)`, `과(와)`, `(으)로`, `(이)에요`; `fit_particles` picks the one form
that fits the word before it. The word may be Hangul (the final syllable's
consonant decides), Latin letters or digits (their Korean reading decides:
`KST` reads 케이에스티 -> 는, `URL` 유알엘 -> 은, `3` 삼 -> 은, `10` 십 -> 은).
When the reading is not knowable (a blank `___`, a symbol) the generic form
stays, which is still correct Korean.
"""

from __future__ import annotations

import re

# (form after a final consonant, form after a vowel); `(으)로` is special: ㄹ takes 로.
_PAIRS: dict[str, tuple[str, str]] = {
    "은(는)": ("은", "는"),
    "는(은)": ("은", "는"),
    "이(가)": ("이", "가"),
    "가(이)": ("이", "가"),
    "을(를)": ("을", "를"),
    "를(을)": ("을", "를"),
    "과(와)": ("과", "와"),
    "와(과)": ("과", "와"),
    "(이)에요": ("이에요", "예요"),
    "(이)나": ("이나", "나"),
    "(이)라는": ("이라는", "라는"),
    "(으)로": ("으로", "로"),
}
_GENERIC = re.compile("|".join(re.escape(p) for p in sorted(_PAIRS, key=len, reverse=True)))
# Wrapping that does not change how the word reads: `code`, **bold**, quotes, brackets.
_SKIP = set("`*_'\"’”)]}>」』")

# Final consonant of each Latin letter's Korean name: None for a vowel ending.
# A 에이, B 비, ..., L 엘, M 엠, N 엔, R 알 (only these four end in a consonant).
_LETTER_FINAL = {"L": "ㄹ", "M": "ㅁ", "N": "ㄴ", "R": "ㄹ"}
# Digits read as Sino-Korean numbers: 영 일 이 삼 사 오 육 칠 팔 구.
_DIGIT_FINAL = {
    "0": "ㅇ",
    "1": "ㄹ",
    "2": None,
    "3": "ㅁ",
    "4": None,
    "5": None,
    "6": "ㄱ",
    "7": "ㄹ",
    "8": "ㄹ",
    "9": None,
}
# Trailing zeros name a unit: 십 백 천, then 만 for ten thousands and up (십만, 백만 ...),
# 억 from 10^8.
_ZEROS_FINAL = {1: "ㅂ", 2: "ㄱ", 3: "ㄴ"}
_JONG = (
    None, "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ",
    "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ",
)  # fmt: skip
_UNKNOWN = "?"
_CLOCK = re.compile(r"\b\d{1,2}:(\d{2})$")


def final_sound(text: str) -> str | None:
    """The final consonant (jamo) of how `text` ends when read in Korean; None
    after a vowel; "?" when it cannot be known."""
    end = len(text)
    while end and text[end - 1] in _SKIP:
        end -= 1
    if not end:
        return _UNKNOWN
    last = text[end - 1]
    if "가" <= last <= "힣":
        return _JONG[(ord(last) - 0xAC00) % 28]
    if last == "%":
        return None  # 퍼센트
    if last.isascii() and last.isdigit():  # not ² or ٣: only 0-9 have a reading here
        clock = _CLOCK.search(text[:end])
        if clock is not None:  # 09:00 reads 아홉 시, 09:30 아홉 시 삼십 분
            return None if clock.group(1) == "00" else "ㄴ"
        return _number_final(text[:end])
    if last.isascii() and last.isalpha():
        return _latin_final(text[:end])
    return _UNKNOWN


def _number_final(text: str) -> str | None:
    digits = re.search(r"[0-9]+(?:\.[0-9]+)?$", text)
    run = digits.group(0) if digits else text[-1]
    if "." in run:  # 9.9 reads 구 점 구: the last digit alone
        return _DIGIT_FINAL[run[-1]]
    zeros = len(run) - len(run.rstrip("0"))
    if zeros == 0 or run == "0" * len(run):
        return _DIGIT_FINAL[run[-1]]
    if zeros < 4:
        return _ZEROS_FINAL[zeros]
    return "ㄱ" if zeros >= 8 and zeros % 4 == 0 else "ㄴ"  # 억 / 만


def _latin_final(text: str) -> str | None:
    word = re.search(r"[A-Za-z]+$", text)
    token = word.group(0) if word else text[-1]
    if token.isupper() or len(token) == 1:
        # An acronym is read letter by letter (KST 케이에스티, ALB 에이엘비).
        return _LETTER_FINAL.get(token[-1].upper())
    lower = token.lower()
    # An English word, read as Korean writes it: these endings keep a final
    # consonant (Stream 스트림, Ring 링, Backup 백업, Web 웹, Stack 스택,
    # Bucket 버킷, Subnet 서브넷); others end in a vowel (Lambda 람다, Kinesis
    # 키네시스, Cloud 클라우드, Route 루트, Endpoint 엔드포인트).
    if lower.endswith("ng"):
        return "ㅇ"
    if lower.endswith("ck"):
        return "ㄱ"
    if re.search(r"(?:^|[^aeiou])[aeiou]t$", lower):
        return "ㅅ"
    if lower[-1] in "bp":
        return "ㅂ"
    return {"l": "ㄹ", "m": "ㅁ", "n": "ㄴ"}.get(lower[-1])


def choose(before: str, generic: str) -> str:
    """The form of `generic` (one of the keys of _PAIRS) that fits after `before`."""
    after_consonant, after_vowel = _PAIRS[generic]
    sound = final_sound(before)
    if sound == _UNKNOWN:
        return generic
    if generic == "(으)로":
        return after_consonant if sound is not None and sound != "ㄹ" else after_vowel
    return after_consonant if sound is not None else after_vowel


def fit_particles(text: str) -> str:
    """Replace every generic particle in `text` with the form its word takes."""
    if "(" not in text:
        return text
    parts: list[str] = []
    last = 0
    for match in _GENERIC.finditer(text):
        parts.append(text[last : match.start()])
        parts.append(choose(text[: match.start()], match.group(0)))
        last = match.end()
    parts.append(text[last:])
    return "".join(parts)
