"""Korean and English for the parts of Discord the adapter owns.

Command names, descriptions, option names and choice names are declared in
English (the default Discord shows) and translated at sync time by
`StudyTranslator`; Discord then shows each member the names in their client's
language. Replies are the core's business (it answers in the group's
language); the few strings below are the adapter's own: button labels and the
short errors it shows when something fails before the core could answer.
"""

from __future__ import annotations

from discord import Locale
from discord.app_commands import TranslationContextTypes, Translator, locale_str

# English message (as declared on the command) -> Korean. One table for names,
# descriptions and choices: the English strings never collide across kinds.
KOREAN: dict[str, str] = {
    # user commands
    "lookup": "찾기",
    "Look a term up in the study notes": "스터디 노트에서 용어를 찾아봅니다",
    "query": "검색어",
    "What to look up (a service, a term, 'A vs B')": "찾을 내용 (서비스, 용어, 'A vs B')",
    "quiz": "퀴즈",
    "Practise with a question only you can see": "나만 보이는 연습 문제를 풉니다",
    "leaderboard": "순위",
    "The group's leaderboard": "그룹 순위표",
    "period": "기간",
    "Which period to rank": "순위를 볼 기간",
    "This week": "이번 주",
    "This month": "이번 달",
    "All time": "전체",
    "stats": "내기록",
    "Your answers, accuracy, streaks and weak sections": "내 답변, 정답률, 연속 기록, 약한 단원",
    "topics": "단원",
    "The sections of the study notes": "스터디 노트의 단원 목록",
    "help": "도움말",
    "What the bot can do": "봇 사용법",
    "remind": "알림",
    "Daily review reminders by direct message": "복습 알림을 DM으로 받기",
    "mode": "설정",
    "On, off, or show the current setting": "켜기, 끄기, 또는 현재 설정 보기",
    "On": "켜기",
    "Off": "끄기",
    "Status": "상태",
    # admin group
    "studybot-admin": "스터디봇-관리",
    "Study group settings (Manage Server)": "스터디 그룹 설정 (서버 관리 권한)",
    "schedule": "일정",
    "Set when and where the daily question is posted": "매일 문제를 올릴 시각과 채널을 정합니다",
    "time": "시각",
    "Local time, HH:MM (24-hour); empty shows the schedule": (
        "현지 시각, HH:MM (24시간제); 비우면 현재 일정 보기"
    ),
    "timezone": "시간대",
    "IANA time zone, e.g. Asia/Seoul": "IANA 시간대, 예: Asia/Seoul",
    "channel": "채널",
    "Channel for the daily question (default: this one)": "매일 문제를 올릴 채널 (기본: 이 채널)",
    "deck": "덱",
    "Which notes to ask from": "문제를 낼 노트",
    "pause": "일시정지",
    "Pause the daily question": "매일 문제를 잠시 멈춥니다",
    "resume": "재개",
    "Resume the daily question": "매일 문제를 다시 시작합니다",
    "post-now": "지금-게시",
    "Post today's question now": "오늘의 문제를 지금 올립니다",
    "report": "보고서",
    "The group's accuracy by section and coverage": "그룹의 단원별 정답률과 출제 범위",
    "reload": "새로고침",
    "Reload the notes and refresh the questions": "노트를 다시 읽고 문제를 갱신합니다",
    "settings": "설정",
    "Show or change group settings (e.g. 'language en')": (
        "그룹 설정 보기/바꾸기 (예: 'language en')"
    ),
    "change": "변경",
    "Setting and value, empty to show all": "설정과 값, 비우면 전체 보기",
}


class StudyTranslator(Translator):
    """Korean from `KOREAN`, English as declared; other locales fall back to the
    default names (Discord shows the default when a locale has no entry)."""

    async def translate(
        self, string: locale_str, locale: Locale, context: TranslationContextTypes
    ) -> str | None:
        if locale is Locale.korean:
            return KOREAN.get(string.message)
        if locale is Locale.american_english:
            return string.message
        return None


# The adapter's own words, by language.
_TEXT: dict[str, dict[str, str]] = {
    "en": {
        "report_button": "Report a problem",
        "report_reason": "What is wrong? (optional)",
        "failed": "Sorry, something went wrong. It has been logged; please try again later.",
        "not_admin": "Only members with **Manage Server** can use this command.",
        "guild_only": "This command works in a server channel only.",
    },
    "ko": {
        "report_button": "문제 신고",
        "report_reason": "무엇이 문제인가요? (선택)",
        "failed": "죄송합니다. 오류가 발생해 기록했습니다. 잠시 후 다시 시도해 주세요.",
        "not_admin": "**서버 관리** 권한이 있는 멤버만 이 명령을 쓸 수 있습니다.",
        "guild_only": "이 명령은 서버 채널에서만 쓸 수 있습니다.",
    },
}


def language_of_locale(locale: Locale | str | None) -> str:
    """'ko' for a Korean Discord client, 'en' for everything else."""
    value = locale.value if isinstance(locale, Locale) else (locale or "")
    return "ko" if value.startswith("ko") else "en"


def text(key: str, language: str) -> str:
    return _TEXT.get(language, _TEXT["en"])[key]


def has_hangul(value: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in value)
