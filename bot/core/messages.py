"""User-facing strings in Korean (default) and English: the one catalogue.

Core strings are below; the adapters' own words (shell, Discord, Slack) are in
`messages_adapters` and merged in, so every platform speaks from this table and
tests/core/test_core_catalogue.py checks all of it (both languages complete, no
English in Korean messages, no Korean in English ones).

What the channel sees (daily posts, reveals, boards, schedule changes) is in the
group's language; what only one member sees follows that member's client
locale when it is one we speak, else the group's language.

`t(lang, key, **values)` formats one entry; an unknown language falls back to
Korean, a missing English entry to Korean too, so a reply is never empty.
"""

from __future__ import annotations

from bot.core import messages_adapters
from bot.core.particles import fit_particles

DEFAULT_LANGUAGE = "ko"
LANGUAGES = ("ko", "en")

_KO: dict[str, str] = {
    "unknown_command": "`{name}` 명령은 없습니다. 쓸 수 있는 명령:",
    "help_title": "스터디봇 도움말",
    "help.lookup": "노트에서 찾기: `lookup <검색어>`",
    "help.quiz": "혼자 연습할 문제 하나",
    "help.leaderboard": "순위표: `leaderboard [week|month|all]` (기본 `week`)",
    "help.stats": "내 기록: 푼 문제, 정답률, 연속 기록, 약한 단원",
    "help.topics": "덱의 단원 목록",
    "help.help": "이 도움말",
    "help.schedule": "(관리자) `schedule HH:MM [시간대] [#채널] [덱]` 매일 문제 시간 정하기",
    "help.pause": "(관리자) 매일 문제 멈추기",
    "help.resume": "(관리자) 매일 문제 다시 시작",
    "help.post-now": "(관리자) 오늘의 문제를 지금 올리기",
    "help.settings": (
        "(관리자) `settings [language ko|en] [window 분|next] [streak any|right] [weak on|off]"
        " [new 0-50] [recap on|off] [daily mix|mc|cards]`"
    ),
    "admin_only": "이 명령은 관리자만 쓸 수 있어요.",
    "other_space": (
        "그 채널의 스터디 그룹은 다른 서버(워크스페이스)에 속해 있어요."
        " 그곳의 관리자만 바꿀 수 있어요."
    ),
    "channel_unverified": (
        "채널은 이 서버(워크스페이스)의 채널을 멘션(#채널)하거나 `channel` 옵션으로 골라 주세요."
        " 글자로 붙여 넣은 채널 참조는 쓰지 않아요."
    ),
    "too_long": "입력이 너무 길어요 ({limit}자까지).",
    "lookup_usage": "찾을 말을 적어 주세요. 예: `lookup NAT 게이트웨이`",
    "lookup_none": "`{query}`에 맞는 내용을 찾지 못했어요.",
    "lookup_suggest": "혹시 `{suggestion}`을(를) 찾으셨나요?",
    "lookup_title": "`{query}` 찾기 결과",
    "lookup_unavailable": "지금은 노트 검색을 쓸 수 없어요.",
    "no_questions": "아직 문제가 없어요. 노트(`content/`)를 확인해 주세요.",
    "practice_title": "연습 문제",
    "daily_title": "오늘의 문제 ({date})",
    "closes_at": "마감",
    "right": "정답이에요! 🎉",
    "wrong": "아쉬워요. 정답은 **{answer}** 입니다.",
    "your_choice": "내 답: {choice}",
    "already_answered": "이미 답했어요 (내 답: {choice}). 점수는 한 번만 셉니다.",
    "closed": "이 문제는 마감됐어요. 다음 문제를 기다려 주세요!",
    "post_not_found": "이 문제를 찾을 수 없어요.",
    "question_gone": "이 문제는 더 이상 쓰지 않아요. `quiz`로 새 문제를 받아 보세요.",
    "bad_choice": "없는 보기예요.",
    "source": "출처",
    "explanation": "해설",
    "reveal_title": "정답 공개 ({date})",
    "reveal_answer": "정답: **{answer}**",
    "reveal_stats": "{answered}명 중 {right}명 정답 ({percent}%)",
    "reveal_none": "아무도 답하지 않았어요.",
    "board_title.week": "이번 주 순위",
    "board_title.month": "이번 달 순위",
    "board_title.all": "전체 순위",
    "board_empty": "아직 기록이 없어요.",
    "board_row": "{rank}. {name} — {points}점 ({correct}/{answered})",
    "board_streak": " · 🔥 {n}일 연속",
    "board_empty_week": "이번 주 기록은 아직 없어요.",
    "board_last_week": "지난주 순위:",
    "help.ties": (
        "순위표: 점수가 같으면 오답이 적은 사람, 그래도 같으면 평균적으로 더 빨리 맞힌 사람이"
        " 앞서요. 🔥는 연속 기록(매일 문제에 답한 날 수, 주마다 하루는 쉬어도 이어져요)."
    ),
    "stats.freeze": "이번 주 쉬는 날",
    "freeze_left": "남음",
    "freeze_used": "씀",
    "freeze_days": "(쉰 날: {days})",
    "board_usage": "기간은 `week`, `month`, `all` 중 하나예요.",
    "stats_title": "{name}님의 기록",
    "stats.answered": "푼 문제",
    "stats.accuracy": "정답률",
    "stats.streak": "연속 기록",
    "stats.best": "최고 연속",
    "stats.weak": "약한 단원",
    "stats.none": "아직 푼 문제가 없어요. `quiz`로 시작해 보세요!",
    "days": "{n}일",
    "topics_title": "단원",
    "topics_row": "{title} ({count})",
    "schedule_usage": (
        "사용법: `schedule HH:MM [시간대] [#채널] [덱]` 예: `schedule 09:00 Asia/Seoul`"
    ),
    "schedule_show": "매일 {time} ({tz}), 채널 {channel}{paused}",
    "schedule_none": "아직 일정이 없어요. 관리자가 `schedule HH:MM`으로 정할 수 있어요.",
    "schedule_paused": " — 멈춤",
    "schedule_paused_reason": " — 멈춤 (플랫폼이 게시를 거부함: {reason})",
    "post_refused": (
        "플랫폼이 게시를 거부해서 매일 문제를 멈췄어요: {reason}."
        " 권한이나 채널을 고친 뒤 `resume`하세요."
    ),
    "refusal_dm": "{channel}의 매일 문제를 멈췄어요. 플랫폼이 게시를 거부했어요: {reason}. {fix}",
    "refusal_fix.discord": (
        "{channel}에서 봇에게 채널 보기, 메시지 보내기, 링크 첨부 권한을 준 뒤"
        " `/studybot-admin schedule`로 일정을 다시 정하면(또는 `resume`) 다시 시작해요."
    ),
    "refusal_fix.slack": (
        "앱을 {channel}에 초대하거나(`/invite @Studybot`) 다시 설치한 뒤"
        " `/study schedule HH:MM`으로 일정을 다시 정하면(또는 `/study resume`) 다시 시작해요."
    ),
    "refusal_fix.shell": "채널을 고친 뒤 `schedule HH:MM`(또는 `resume`)으로 다시 시작해요.",
    "home_paused": (
        "⏸ 매일 문제가 멈춰 있어요. 플랫폼이 게시를 거부했어요: {reason}."
        " 관리자가 고친 뒤 일정을 다시 정하면(`schedule`) 다시 시작해요."
    ),
    "schedule_set": "매일 {time} ({tz})에 {channel}에 문제를 올릴게요.",
    "bad_time": (
        "`{value}`은(는) 올바른 시각이 아니에요. 00:00–23:59 사이로 적어 주세요 (예: 09:00)."
    ),
    "bad_tz": (
        "`{value}`은(는) 알 수 없는 시간대예요.{suggest}"
        " 쓸 수 있는 값: 지역 이름, 약어, UTC 오프셋 (예: {valid})"
    ),
    "did_you_mean": " 혹시 {names}?",
    "bad_setting": (
        "`{value}` 설정은 없어요. 쓸 수 있는 설정: `language ko|en`, `window 분|next`,"
        " `streak any|right`, `weak on|off`, `new 0-50`, `recap on|off`,"
        " `daily mix|mc|cards`, `reports 1-50`"
    ),
    "bad_setting.language": "`{value}`: 언어는 `ko` 또는 `en`이에요.",
    "bad_setting.new": "`{value}`: 연습 새 개념 수는 하루 0에서 50 사이예요.",
    "bad_setting.window": (
        "`{value}`: 답 받는 시간은 1–{max}분 또는 `next`(다음 문제까지)예요."
    ),
    "bad_setting.streak": (
        "`{value}`: 연속 기록 기준은 `any`(답하면 인정) 또는 `right`(맞혀야 인정)예요."
    ),
    "bad_setting.weak": "`{value}`: 약한 개념 우선은 `on` 또는 `off`예요.",
    "bad_setting.daily": (
        "`{value}`: 매일 문제는 `mix`(객관식과 플래시카드), `mc`(객관식만),"
        " `cards`(플래시카드만) 중 하나예요."
    ),
    "bad_deck": "`{value}` 덱이 없어요. 있는 덱: {decks}",
    "help.deck": (
        "(관리자) `deck [이름|upload|confirm|rollback]` 이 채널이 공부할 덱 보기, 바꾸기,"
        " 올리기, 확정, 되돌리기"
    ),
    "deck_show": "이 채널의 덱: `{deck}`. 고를 수 있는 덱: {decks}",
    "deck_set": "이 채널은 이제 `{deck}` 덱으로 공부해요 (문제 {questions}개).",
    "deck_upload_how": (
        "노트 파일(`.md`)이나 볼트를 묶은 `.zip` 파일을 올려 주세요: 디스코드는"
        " `/studybot-admin deck upload`, 슬랙은 `/study deck upload`, 셸은"
        " `/deck upload 경로`. {limits}"
    ),
    "upload_limits": (
        "제한: 파일 하나 `{size} MB`까지, 노트 파일 {files}개, 압축을 푼 크기 `{total} MB`,"
        " 폴더 깊이 {depth}단계까지. `UTF-8` 마크다운만 읽어요."
    ),
    "upload_read": (
        "`{name}` 덱 (판 {version})을 읽었어요: 파일 {files}개, 단원 {sections}개, 주제 {topics}개,"
        " 문제 {questions}개, 카드 {cards}개, 경고 {warnings}개."
    ),
    "upload_confirm_hint": (
        "아직 아무것도 바뀌지 않았어요. `deck confirm`으로 이 덱으로 바꿔요"
        " (지금 덱은 남겨 두고, `deck rollback`으로 되돌릴 수 있어요)."
    ),
    "upload_refused": "읽지 않았어요: {reason} 바뀐 것은 없어요. {limits}",
    "upload_unavailable": "여기서는 덱을 올릴 수 없어요.",
    "upload_none_pending": "확정할 업로드가 없어요. 먼저 `deck upload`로 올려 주세요.",
    "upload_confirmed": (
        "이 채널은 이제 `{deck}` 덱 (판 {version})으로 공부해요 (문제 {questions}개)."
    ),
    "rollback_done": (
        "되돌렸어요: 이 채널의 덱은 다시 `{deck}` (판 {version})이에요 (문제 {questions}개)."
    ),
    "rollback_none": "되돌릴 것이 없어요.",
    "refuse.too_big": "파일이 너무 커요 ({size}).",
    "refuse.kind": "`.md` 파일이나 `.zip` 파일만 읽어요 (`{name}`).",
    "refuse.bad_zip": "올바른 `.zip` 파일이 아니에요.",
    "refuse.empty": "압축 안에 노트 파일(`.md`)이 없어요.",
    "refuse.empty_file": "노트 파일이 비어 있어요.",
    "refuse.unsafe_path": "압축 안의 `{entry}` 경로가 안전하지 않아요 (절대 경로나 `..`).",
    "refuse.link": "압축 안의 `{entry}`은(는) 링크예요. 링크는 받지 않아요.",
    "refuse.bomb": "압축 안의 `{entry}`은(는) 압축률이 비정상적으로 커요.",
    "refuse.too_many": "압축 안에 파일이 너무 많아요 ({n}개).",
    "refuse.too_large_unpacked": "압축을 풀면 너무 커요 ({size}).",
    "refuse.too_deep": "압축 안의 `{entry}` 폴더가 너무 깊어요.",
    "refuse.encrypted": "암호가 걸린 압축은 읽지 못해요.",
    "refuse.not_utf8": "`{file}` {line}번째 줄이 `UTF-8`이 아니에요. `UTF-8`로 저장해 주세요.",
    "refuse.no_questions": "노트에서 문제를 하나도 만들지 못했어요.",
    "refuse.notes": "노트를 읽지 못했어요: {detail}",
    "bad_arg": "`{value}`을(를) 이해하지 못했어요.",
    "paused": "매일 문제를 멈췄어요. `resume`으로 다시 시작해요.",
    "resumed": "매일 문제를 다시 시작해요.",
    "already_paused": "이미 멈춰 있어요.",
    "not_paused": "멈춰 있지 않아요.",
    "posted_now": "오늘의 문제를 올렸어요.",
    "already_posted": "오늘({date})의 문제는 이미 올라갔어요.",
    "no_outbox": "이 플랫폼으로 보낼 수 없어서 문제를 올리지 못했어요.",
    "report_thanks": (
        "알려 주셔서 고마워요. 이 그룹의 신고 {n}/{needed}건: {needed}명이 신고하면 이 그룹의"
        " 매일 문제에서 빠져요. 관리자는 `reports`로 바로 정할 수 있어요."
    ),
    "report_thanks_retired": (
        "알려 주셔서 고마워요. 이 문제는 이미 이 그룹의 매일 문제에서 빠졌어요."
    ),
    "report_retired_by_members": (
        "알려 주셔서 고마워요. 이 그룹에서 {n}명이 신고해서 이 문제는 이 그룹의"
        " 매일 문제에서 빠져요."
    ),
    "report_again": "이미 이 문제를 신고하셨어요. 이번에 쓴 내용은 더하지 않았어요:",
    "report_reason_needed": "무엇이 문제인지 적어 주세요 (몇 마디면 돼요). 관리자가 보고 판단해요.",
    "report_gone": "이 문제는 이제 노트에 없어서 신고하지 못했어요. 쓰신 내용:",
    "report_failed": "신고를 저장하지 못했어요. 잠시 뒤 다시 보내 주세요. 쓰신 내용:",
    "reports_title": "문제 신고",
    "reports_empty": "이 그룹에 처리할 문제 신고가 없어요.",
    "reports_line": "**{where}** (`{id}`): 신고 {n}건 ({needed}건이면 빠짐)",
    "reports_more": "외 {n}개 문제",
    "reports_keep": "유지",
    "reports_retire": "빼기",
    "reports_kept": "**{where}**: 유지해요. 신고 {n}건을 닫았어요.",
    "reports_retired": "**{where}**: 이 그룹의 매일 문제에서 뺐어요 (신고 {n}건 닫음).",
    "reports_usage": (
        "사용법: `reports` (열린 신고 보기), `reports keep 문제ID` (유지),"
        " `reports retire 문제ID` (이 그룹에서 빼기)"
    ),
    "reports_unknown": "`{value}`: 이 덱에 없는 문제예요.",
    "settings_show": "언어 {language}, 답 받는 시간 {window}, 연속 기록 기준 {streak}",
    "settings_saved": "설정을 저장했어요.",
    "window_next": "다음 문제까지",
    "window_minutes": "{n}분",
    "streak.right": "정답",
    "streak.any": "참여",
    "help.remind": "복습 알림: `remind on|off` (복습할 것이 있으면 매일 문제와 함께 DM)",
    "help.report": "(관리자) 단원별 정답률과 아직 안 나온 단원 (표와 차트)",
    "help.reload": "(관리자) 노트(`content/`)를 다시 읽기: 바뀐 문제는 빼고 새 문제는 넣기",
    "help.reports": "(관리자) 멤버들의 문제 신고: 이 그룹에서 유지하거나 빼기",
    "remind_title": "복습 알림",
    "remind_dm": "복습할 항목이 {n}개 있어요 — `/quiz`로 복습해 보세요.",
    "remind_on": "복습 알림을 켰어요. 복습할 것이 있는 날, 매일 문제와 함께 DM을 보낼게요.",
    "remind_off": "복습 알림을 껐어요.",
    "remind_status_on": "복습 알림: 켜짐. 지금 복습할 항목 {n}개.",
    "remind_status_off": "복습 알림: 꺼짐 (`remind on`으로 켜기). 지금 복습할 항목 {n}개.",
    "remind_usage": "사용법: `remind on`, `remind off`, 또는 `remind` (상태 보기)",
    "report_title": "그룹 학습 리포트",
    "report_empty": "아직 답한 기록이 없어요.",
    "report_pick_bias": (
        "오늘의 문제 ({weak}): 출제된 {n}문제의 그룹 오답률 평균 {picked}%, "
        "전체 문제 평균 {average}% ({diff:+}%포인트)"
    ),
    "report.header": "정답률  맞힘/푼   단원",
    "report.overall": "전체 {overall} ({right}/{answered}), 나온 단원 {asked}/{sections}개",
    "report.not_asked": "아직 안 나온 단원 {n}개: {names}",
    "report.more": "외 {n}개",
    "report.chart_title": "단원별 정답률 ({date})",
    "report.axis": "정답률 (%)",
    "report.chart_not_asked": "아직 안 나온 단원 {n}개",
    "reload_done": (
        "노트를 다시 읽었어요: 새 문제 {added}개, 뺀 문제 {retired}개"
        " (바뀜 {changed}, 사라짐 {removed}), 그대로 {kept}개."
    ),
    "reload_confirm": (
        "아직 바꾸지 않았어요. 이대로 다시 읽으면 문제 {retired}개({share}%)와 그 기록이 빠져요"
        " (내용이 바뀜 {changed}, 노트에서 사라짐 {removed}); 그대로 {kept}개, 새 문제 {added}개."
        " 진행하려면 `reload confirm`을 보내 주세요."
    ),
    "reload_failed": "노트를 다시 읽지 못했어요: {reason}",
    "reload_unavailable": "여기서는 노트를 다시 읽을 수 없어요.",
    "settings_weak": "약한 개념 우선 {weak}",
    "settings_new": "연습 새 개념 하루 {n}개",
    "settings_recap": "주간·월간 돌아보기 {recap}",
    "bad_setting.recap": "`{value}`: 주간·월간 돌아보기는 `on` 또는 `off`예요.",
    "recap.title.week": "지난주 돌아보기 ({first} ~ {last})",
    "recap.title.month": "지난달 돌아보기 ({month})",
    "recap.participation": (
        "{members}명이 문제 {posts}개에 {answers}번 답했어요 (정답률 {right}%)."
    ),
    "recap.top": "순위",
    "recap.missed": "가장 많이 틀린 문제",
    "recap.missed_stats": "정답률 {percent}% ({total}명 답함)",
    "recap.streaks": "연속 기록",
    "recap.streak_row": "🔥 {name} — {n}일",
    "settings_daily": "매일 문제 {kinds}",
    "settings_reports": "신고 {n}건이면 이 그룹에서 빠짐",
    "bad_setting.reports": "`{value}`: `reports`는 1에서 50 사이예요 (문제를 빼는 신고 멤버 수).",
    "daily.mix": "객관식과 플래시카드",
    "daily.mc": "객관식만",
    "daily.cards": "플래시카드만",
    "card_show": "정답 보기",
    "card_knew": "알았어요",
    "card_not_yet": "아직이요",
    "card_hint": "플래시카드: 정답을 본 뒤 알았는지 스스로 표시해 주세요.",
    "card_answer": "**정답:** {back}",
    "card_grade_prompt": "알고 있었나요?",
    "card_noted_knew": "알았다고 기록했어요. 간격을 두고 다시 복습하게 돼요.",
    "card_noted_not_yet": "아직이라고 기록했어요. 곧 다시 나와요.",
    "card_already": "이미 기록했어요: {grade}",
    "card_reveal_stats": "{answered}명 중 {knew}명이 알았어요.",
    "help.cards_note": (
        "플래시카드(노트에 직접 쓴 문답)는 스스로 채점해요: 연속 기록과 내 기록에는 들어가지만"
        " 순위표 점수는 봇이 채점하는 객관식 문제에서만 나와요."
    ),
    "report_flagged": (
        "답 통계로 표시된 문제 {n}개 (아직 출제 중, 틀렸다면 `reports retire 문제ID`로"
        " 이 그룹에서 빼 주세요): {questions}"
    ),
    "on": "켜짐",
    "off": "꺼짐",
    "home_title": "스터디봇",
    "error": "문제가 생겼어요. 잠시 뒤 다시 해 주세요.",
    "store_unavailable": (
        "저장하지 못했어요: 봇이 지금 데이터베이스에 쓸 수 없어요. 봇 운영자에게 알려 주세요."
    ),
}

_EN: dict[str, str] = {
    "unknown_command": "There is no `{name}` command. Commands:",
    "help_title": "Studybot help",
    "help.lookup": "Look the notes up: `lookup <query>`",
    "help.quiz": "A practice question just for you",
    "help.leaderboard": "Leaderboard: `leaderboard [week|month|all]` (default week)",
    "help.stats": "Your record: answered, accuracy, streaks, weakest sections",
    "help.topics": "The deck's sections",
    "help.help": "This help",
    "help.schedule": "(admin) `schedule HH:MM [time zone] [#channel] [deck]` daily question time",
    "help.pause": "(admin) pause the daily question",
    "help.resume": "(admin) resume the daily question",
    "help.post-now": "(admin) post today's question now",
    "help.settings": (
        "(admin) `settings [language ko|en] [window minutes|next] [streak any|right]"
        " [weak on|off] [new 0-50] [recap on|off] [daily mix|mc|cards]`"
    ),
    "admin_only": "Only admins can use this command.",
    "other_space": (
        "That channel's study group belongs to another server (workspace);"
        " only its own admins can change it."
    ),
    "channel_unverified": (
        "Name the channel as a #mention of a channel in this server (workspace),"
        " or pick it with the `channel` option; channel references pasted as text are not used."
    ),
    "too_long": "That input is too long (at most {limit} characters).",
    "lookup_usage": "Tell me what to look up, e.g. `lookup NAT gateway`",
    "lookup_none": "Nothing in the notes matches `{query}`.",
    "lookup_suggest": "Did you mean `{suggestion}`?",
    "lookup_title": "Results for `{query}`",
    "lookup_unavailable": "Lookup is not available right now.",
    "no_questions": "There are no questions yet. Check the notes (content/).",
    "practice_title": "Practice question",
    "daily_title": "Question of the day ({date})",
    "closes_at": "Closes",
    "right": "Right! 🎉",
    "wrong": "Not quite. The answer is **{answer}**.",
    "your_choice": "Your answer: {choice}",
    "already_answered": "You already answered ({choice}). Only the first answer counts.",
    "closed": "This question is closed. See you at the next one!",
    "post_not_found": "I can't find that question.",
    "question_gone": "That question is no longer used. Try `quiz` for a new one.",
    "bad_choice": "That choice does not exist.",
    "source": "Source",
    "explanation": "Explanation",
    "reveal_title": "Answer ({date})",
    "reveal_answer": "Answer: **{answer}**",
    "reveal_stats": "{right} of {answered} right ({percent}%)",
    "reveal_none": "Nobody answered.",
    "board_title.week": "This week",
    "board_title.month": "This month",
    "board_title.all": "All time",
    "board_empty": "No scores yet.",
    "board_row": "{rank}. {name} — {points} pts ({correct}/{answered})",
    "board_streak": " · 🔥 {n}-day streak",
    "board_empty_week": "No scores this week yet.",
    "board_last_week": "Last week:",
    "help.ties": (
        "Board: equal points go to fewer wrong answers, then to whoever answered right"
        " faster on average. 🔥 is the streak (days with an answer to the daily question;"
        " one missed day a week is frozen and keeps it going)."
    ),
    "stats.freeze": "Streak freeze this week",
    "freeze_left": "available",
    "freeze_used": "used",
    "freeze_days": "(frozen: {days})",
    "board_usage": "The period is one of week, month, all.",
    "stats_title": "{name}'s record",
    "stats.answered": "Answered",
    "stats.accuracy": "Accuracy",
    "stats.streak": "Streak",
    "stats.best": "Best streak",
    "stats.weak": "Weakest sections",
    "stats.none": "You have not answered anything yet. Try `quiz`!",
    "days": "{n} days",
    "topics_title": "Sections",
    "topics_row": "{title} ({count})",
    "schedule_usage": (
        "Usage: `schedule HH:MM [time zone] [#channel] [deck]`, e.g. `schedule 09:00 Asia/Seoul`"
    ),
    "schedule_show": "Daily at {time} ({tz}) in {channel}{paused}",
    "schedule_none": "No schedule yet. An admin can set one with `schedule HH:MM`.",
    "schedule_paused": " — paused",
    "schedule_paused_reason": " — paused (the platform refused the post: {reason})",
    "post_refused": (
        "The platform refused the post, so daily questions are paused: {reason}."
        " Fix the permissions or channel, then `resume`."
    ),
    "refusal_dm": (
        "Studybot paused the daily question in {channel}: the platform refused the post"
        " ({reason}). {fix}"
    ),
    "refusal_fix.discord": (
        "Give the bot View Channel, Send Messages and Embed Links in {channel}, then set"
        " the schedule again with `/studybot-admin schedule` (or `resume`) to resume."
    ),
    "refusal_fix.slack": (
        "Invite the app to {channel} (`/invite @Studybot`) or reinstall it, then set the"
        " schedule again with `/study schedule HH:MM` (or `/study resume`) to resume."
    ),
    "refusal_fix.shell": "Fix the channel, then `schedule HH:MM` (or `resume`) to resume.",
    "home_paused": (
        "⏸ Daily questions are paused: the platform refused the post ({reason})."
        " An admin can fix it, then set the schedule again (`schedule`) to resume."
    ),
    "schedule_set": "I'll post a question every day at {time} ({tz}) in {channel}.",
    "bad_time": "`{value}` is not a valid time. Use 00:00–23:59 (e.g. 09:00).",
    "bad_tz": (
        "`{value}` is not a time zone I know.{suggest}"
        " Valid: a region name, an abbreviation or a UTC offset (e.g. {valid})"
    ),
    "did_you_mean": " Did you mean {names}?",
    "bad_setting": (
        "There is no setting `{value}`. Settings: `language ko|en`, `window minutes|next`,"
        " `streak any|right`, `weak on|off`, `new 0-50`, `recap on|off`,"
        " `daily mix|mc|cards`, `reports 1-50`"
    ),
    "bad_setting.language": "`{value}`: the language is `ko` or `en`.",
    "bad_setting.new": "`{value}`: new concepts a day in practice is 0 to 50.",
    "bad_setting.window": (
        "`{value}`: the answer window is 1–{max} minutes, or `next` (until the next question)."
    ),
    "bad_setting.streak": (
        "`{value}`: the streak counts `any` answer or only `right` answers."
    ),
    "bad_setting.weak": "`{value}`: favouring weak spots is `on` or `off`.",
    "bad_setting.daily": (
        "`{value}`: the daily post is `mix` (multiple choice and flashcards), `mc` (multiple"
        " choice only) or `cards` (flashcards only)."
    ),
    "bad_deck": "There is no deck `{value}`. Decks: {decks}",
    "help.deck": (
        "(admin) `deck [name|upload|confirm|rollback]` see, change, upload, confirm or roll back"
        " the deck this channel studies"
    ),
    "deck_show": "This channel's deck: `{deck}`. Decks you can pick: {decks}",
    "deck_set": "This channel now studies the deck `{deck}` ({questions} questions).",
    "deck_upload_how": (
        "Upload a notes file (`.md`) or a `.zip` of a vault: on Discord"
        " `/studybot-admin deck upload`, on Slack `/study deck upload`, in the shell"
        " `/deck upload PATH`. {limits}"
    ),
    "upload_limits": (
        "Limits: one file up to {size} MB; at most {files} notes files, {total} MB unpacked"
        " and {depth} folders deep; UTF-8 Markdown only."
    ),
    "upload_read": (
        "Read the deck `{name}` (version {version}): {files} files, {sections} sections,"
        " {topics} topics, {questions} questions, {cards} cards, {warnings} warnings."
    ),
    "upload_confirm_hint": (
        "Nothing has changed yet: `deck confirm` switches this channel to it (the current"
        " deck is kept; `deck rollback` goes back)."
    ),
    "upload_refused": "Not read: {reason} Nothing changed. {limits}",
    "upload_unavailable": "Decks cannot be uploaded here.",
    "upload_none_pending": "There is no upload to confirm: upload one first (`deck upload`).",
    "upload_confirmed": (
        "This channel now studies the deck `{deck}` (version {version}, {questions} questions)."
    ),
    "rollback_done": (
        "Rolled back: this channel studies `{deck}` again (version {version},"
        " {questions} questions)."
    ),
    "rollback_none": "There is nothing to roll back.",
    "refuse.too_big": "the file is too large ({size}).",
    "refuse.kind": "only `.md` and `.zip` files are read (`{name}`).",
    "refuse.bad_zip": "this is not a valid `.zip` file.",
    "refuse.empty": "the zip holds no notes files (`.md`).",
    "refuse.empty_file": "the notes file is empty.",
    "refuse.unsafe_path": "the zip entry `{entry}` has an unsafe path (absolute or with `..`).",
    "refuse.link": "the zip entry `{entry}` is a link; links are refused.",
    "refuse.bomb": "the zip entry `{entry}` expands far more than notes do.",
    "refuse.too_many": "the zip holds too many files ({n}).",
    "refuse.too_large_unpacked": "the zip is too large unpacked ({size}).",
    "refuse.too_deep": "the zip entry `{entry}` is too many folders deep.",
    "refuse.encrypted": "encrypted zips cannot be read.",
    "refuse.not_utf8": "`{file}` line {line} is not UTF-8; save it as UTF-8.",
    "refuse.no_questions": "no question could be made from these notes.",
    "refuse.notes": "the notes could not be read: {detail}",
    "bad_arg": "I did not understand `{value}`.",
    "paused": "Daily questions paused. `resume` starts them again.",
    "resumed": "Daily questions resumed.",
    "already_paused": "Already paused.",
    "not_paused": "Not paused.",
    "posted_now": "Today's question is posted.",
    "already_posted": "Today's ({date}) question is already posted.",
    "no_outbox": "I can't send to this platform, so nothing was posted.",
    "report_thanks": (
        "Thanks for telling us. Reports in this group: {n} of {needed}; at {needed} the"
        " question leaves this group's daily questions. An admin can decide sooner with"
        " `reports`."
    ),
    "report_thanks_retired": (
        "Thanks for telling us. This question has already left this group's daily questions."
    ),
    "report_retired_by_members": (
        "Thanks for telling us. {n} members of this group reported this question: it"
        " leaves this group's daily questions."
    ),
    "report_again": "You already reported this question; this note was not added:",
    "report_reason_needed": (
        "Please say what is wrong with the question (a few words), so an admin can judge it."
    ),
    "report_gone": (
        "This question is no longer in the notes, so the report was not filed. You wrote:"
    ),
    "report_failed": "Your report could not be saved; please send it again later. You wrote:",
    "reports_title": "Problem reports",
    "reports_empty": "No open problem reports in this group.",
    "reports_line": "**{where}** (`{id}`): {n} reports (it leaves at {needed})",
    "reports_more": "and {n} more questions",
    "reports_keep": "Keep",
    "reports_retire": "Retire",
    "reports_kept": "**{where}**: kept; {n} reports closed.",
    "reports_retired": (
        "**{where}**: retired from this group's daily questions ({n} reports closed)."
    ),
    "reports_usage": (
        "Usage: `reports` (the open reports), `reports keep QUESTION-ID`,"
        " `reports retire QUESTION-ID` (out of this group's daily questions)"
    ),
    "reports_unknown": "`{value}`: no such question in this deck.",
    "settings_show": "Language {language}, answer window {window}, streak counts {streak}",
    "settings_saved": "Settings saved.",
    "window_next": "until the next question",
    "window_minutes": "{n} min",
    "streak.right": "right answers",
    "streak.any": "any answer",
    "help.remind": "Review reminders: `remind on|off` (a DM with the daily post if items are due)",
    "help.report": "(admin) the group's accuracy per section, sections never asked, as a chart",
    "help.reload": "(admin) re-read the notes (content/): changed questions retire, new ones enter",
    "help.reports": "(admin) members' problem reports: keep a question or retire it for this group",
    "remind_title": "Review reminder",
    "remind_dm": "{n} items due — /quiz to review.",
    "remind_on": "Review reminders on. On days with items due, I'll DM you with the daily post.",
    "remind_off": "Review reminders off.",
    "remind_status_on": "Review reminders: on. {n} items due now.",
    "remind_status_off": "Review reminders: off (`remind on` turns them on). {n} items due now.",
    "remind_usage": "Usage: `remind on`, `remind off`, or `remind` (status)",
    "report_title": "Group report",
    "report_empty": "Nobody has answered anything yet.",
    "report_pick_bias": (
        "Daily question (weak spots {weak}): the {n} asked average a {picked}% group "
        "error rate, all questions {average}% ({diff:+} points)"
    ),
    "report.header": " acc  right/asked  section",
    "report.overall": (
        "overall {overall} ({right}/{answered}); {asked} of {sections} sections asked"
    ),
    "report.not_asked": "{n} sections not asked yet: {names}",
    "report.more": "and {n} more",
    "report.chart_title": "Accuracy by section ({date})",
    "report.axis": "accuracy (%)",
    "report.chart_not_asked": "{n} sections not asked yet",
    "reload_done": (
        "Notes reloaded: {added} questions added, {retired} retired"
        " ({changed} changed, {removed} gone), {kept} kept."
    ),
    "reload_confirm": (
        "Nothing changed yet. Reloading these notes would retire {retired} questions"
        " ({share}%) and their history ({changed} changed, {removed} gone from the notes);"
        " {kept} kept, {added} new. Send `reload confirm` to go ahead."
    ),
    "reload_failed": "Could not reload the notes: {reason}",
    "reload_unavailable": "Reloading the notes is not available here.",
    "settings_weak": "favour weak spots {weak}",
    "settings_new": "{n} new concepts a day in practice",
    "settings_recap": "weekly and monthly recaps {recap}",
    "bad_setting.recap": "`{value}`: weekly and monthly recaps are `on` or `off`.",
    "recap.title.week": "Last week ({first} – {last})",
    "recap.title.month": "Last month ({month})",
    "recap.participation": (
        "Members who answered: {members} · questions: {posts} · answers: {answers}"
        " · right: {right}%"
    ),
    "recap.top": "Top",
    "recap.missed": "Most missed question",
    "recap.missed_stats": "{percent}% right ({total} answered)",
    "recap.streaks": "Streaks",
    "recap.streak_row": "🔥 {name} — {n} days",
    "settings_daily": "daily post {kinds}",
    "settings_reports": "{n} members' reports retire a question here",
    "bad_setting.reports": (
        "`{value}`: `reports` is a number from 1 to 50 (members whose reports retire a question)."
    ),
    "daily.mix": "multiple choice and flashcards",
    "daily.mc": "multiple choice only",
    "daily.cards": "flashcards only",
    "card_show": "Show answer",
    "card_knew": "Knew it",
    "card_not_yet": "Not yet",
    "card_hint": "A flashcard: show the answer, then say whether you knew it.",
    "card_answer": "**Answer:** {back}",
    "card_grade_prompt": "Did you know it?",
    "card_noted_knew": "Noted: you knew it. It comes back for review later.",
    "card_noted_not_yet": "Noted: not yet. It comes back soon.",
    "card_already": "Already noted: {grade}",
    "card_reveal_stats": "{knew} of {answered} knew it.",
    "help.cards_note": (
        "Flashcards (questions written in the notes) are self-graded: they count toward"
        " streaks and your stats, but board points come only from multiple-choice questions"
        " the bot grades."
    ),
    "report_flagged": (
        "{n} questions flagged by answer statistics (still asked; if one is wrong,"
        " `reports retire ID` takes it out of this group's questions): {questions}"
    ),
    "on": "on",
    "off": "off",
    "home_title": "Studybot",
    "error": "Something went wrong. Please try again in a moment.",
    "store_unavailable": (
        "Not saved: the bot cannot write to its database right now. "
        "Please tell the bot's operator."
    ),
}

_KO.update(messages_adapters.KO)
_EN.update(messages_adapters.EN)
_CATALOG = {"ko": _KO, "en": _EN}


def catalogue(lang: str) -> dict[str, str]:
    """Every template in `lang` (for the catalogue's own tests and tools)."""
    return dict(_CATALOG[lang])


def language_of(preferred: str | None, fallback: str = DEFAULT_LANGUAGE) -> str:
    """'en-US' -> 'en'; anything unsupported -> `fallback`."""
    if preferred:
        short = preferred.split("-")[0].split("_")[0].lower()
        if short in _CATALOG:
            return short
    return fallback if fallback in _CATALOG else DEFAULT_LANGUAGE


def t(lang: str, key: str, **values: object) -> str:
    table = _CATALOG.get(lang, _KO)
    template = table.get(key) or _KO.get(key) or key
    text = template.format(**values) if values else template
    # Korean particles after values are only knowable once the values are in.
    return fit_particles(text) if table is _KO or template is _KO.get(key) else text
