"""The adapters' own words (shell, Discord, Slack), in the one catalogue.

Replies are the core's business; these are what an adapter says itself:
button labels, errors before the core could answer, the shell's own commands.
`bot.core.messages` merges these tables into the catalogue, so `t()` serves
them and the catalogue tests check them with the rest. Keys are prefixed by
platform.
"""

from __future__ import annotations

KO: dict[str, str] = {
    # shell
    "shell.help": (
        "셸 전용 명령:\n"
        "  `/answer 번호`     마지막으로 본 문제에 그 번호로 답하기 (1부터)\n"
        "  `/show`            마지막으로 본 플래시카드의 정답 보기\n"
        "  `/knew`, `/notyet` 정답을 본 플래시카드를 알았는지 스스로 표시하기\n"
        "  `/flag 이유`       마지막으로 본 문제의 문제점 신고하기\n"
        "                    (`/report`는 관리자용 그룹 리포트, `/reports`는 신고 처리)\n"
        "  `/as 이름`         다른 멤버로 행동하기 (처음 시작한 사용자만 관리자)\n"
        "  `/channel 이름`    다른 채널(다른 그룹)로 옮기기\n"
        "  `/space 이름`      다른 공간(서버, 워크스페이스)으로 옮기기\n"
        "  `/clock [시각]`    시계 보기, 또는 시각을 정하고 그때까지 매일 일정 실행\n"
        "                    (`2026-03-08T09:00`은 그룹의 시간대로 읽어요)\n"
        "  `/advance 기간`    시계를 앞으로 옮기기, 예: `1d`, `2h30m`\n"
        "  `/quit`            끝내기 (입력이 끝나도 끝나요)"
    ),
    "shell.unknown": "{name} 명령은 없어요. `/help`로 명령 목록을 볼 수 있어요.",
    "shell.unknown_that": "그런 명령은 없어요. `/help`로 명령 목록을 볼 수 있어요.",
    "shell.failed": "명령을 처리하다 문제가 생겼어요. 로그를 확인해 주세요.",
    "shell.only_you": "(나만 보여요)",
    "shell.answer_with": "-> `/answer 1-{n}`(으)로 답하기",
    "shell.show_with": "-> `/show`로 정답 보기",
    "shell.grade_with": "-> `/knew` 또는 `/notyet`",
    "shell.is_flashcard": (
        "플래시카드예요: `/show`로 정답을 보고 `/knew` 또는 `/notyet`으로 표시해 주세요."
    ),
    "shell.no_card": (
        "정답을 볼 플래시카드가 없어요. `/show`는 마지막으로 본 플래시카드의 정답을 보여 줘요."
    ),
    "shell.nothing_to_grade": "아직 표시할 카드가 없어요. 먼저 `/show`로 정답을 보세요.",
    "shell.image": "[그림] {path}",
    "shell.no_question": "아직 답할 문제가 없어요. `/quiz`를 해 보거나 매일 문제를 기다려 주세요.",
    "shell.answer_usage": "사용법: `/answer 번호` (번호는 1부터 {n}까지)",
    "shell.no_flag": "신고할 문제가 없어요. `/flag`는 마지막으로 본 문제를 신고해요.",
    "shell.flag_usage": "사용법: `/flag 무엇이 문제인지` (마지막으로 본 문제를 신고해요)",
    "shell.as_usage": "사용법: `/as 이름` (띄어쓰기 없이 40자까지)",
    "shell.acting_as": "이제 {name}(으)로 행동해요",
    "shell.acting_admin": "이제 {name}(으)로 행동해요 (관리자)",
    "shell.channel_usage": "사용법: `/channel 이름` (띄어쓰기 없이 40자까지)",
    "shell.now_in": "이제 #{name} 채널이에요",
    "slack.upload_title": "노트 올리기",
    "slack.upload_submit": "읽기",
    "slack.upload_close": "닫기",
    "slack.upload_label": "마크다운 파일이나 볼트 압축 파일 (5메가바이트까지)",
    "slack.upload_failed": "파일을 가져오지 못했어요. 잠시 후 다시 올려 주세요.",
    "shell.upload_usage": "사용법: `/deck upload 경로` (`.md` 파일이나 `.zip` 파일)",
    "shell.upload_unreadable": "`{path}` 파일을 읽지 못했어요: {reason}",
    "shell.now_in_space": "이제 {space} 공간의 #{name} 채널이에요",
    "shell.space_usage": "사용법: `/space 이름` (글자, 숫자, `-`, `_`로 40자까지)",
    "shell.channel_elsewhere": (
        "#{name}은(는) {space} 공간의 채널이에요. 먼저 `/space {space}`로 옮기세요."
    ),
    "shell.clock_simulated": "시계 (모의): {when}",
    "shell.clock_real": "시계 (실제): {when}",
    "shell.clock_usage": "사용법: `/clock 2026-03-08T09:00 [시간대]` (또는 `-05:00` 같은 오프셋)",
    "shell.advance_usage": "사용법: `/advance 기간`, 예: `1d`, `2h`, `30m`, `1d2h`",
    "shell.clock_back": "시계는 앞으로만 가요 (지금 {when}).",
    "shell.clock_range": (
        "시계는 1970년부터 9997년까지, 한 번에 3660일까지만 움직여요 (지금부터 {latest}까지)."
    ),
    "shell.clock_moved": "시계 -> {when}",
    "shell.posted": "[#{channel}] 봇이 올림 ({ref}):",
    "shell.updated": "[#{channel}] 봇이 고침 {ref}:",
    "shell.direct": "[{member}님에게 DM]",
    # discord
    "discord.report_button": "문제 신고",
    "discord.report_reason": "무엇이 문제인가요?",
    "discord.failed": "죄송합니다. 오류가 발생해 기록했습니다. 잠시 후 다시 시도해 주세요.",
    "discord.not_admin": "**서버 관리** 권한이 있는 멤버만 이 명령을 쓸 수 있습니다.",
    "discord.guild_only": "이 명령은 서버 채널에서만 쓸 수 있습니다.",
    "discord.not_installed": (
        "스터디봇이 이 서버에 설치되어 있지 않아 여기서는 명령을 쓸 수 없습니다."
        " 서버 관리자가 봇을 서버에 추가하면 쓸 수 있습니다."
    ),
    "discord.channel_elsewhere": (
        "그 채널은 이 서버의 채널이 아니거나 스터디봇이 볼 수 없는 채널입니다."
    ),
    "discord.cannot_post": (
        "{channel}에 매일 문제를 올릴 수 없습니다. 봇에게 없는 권한: {missing}."
        " 그 채널의 권한에서 봇에게 주고 다시 실행해 주세요. 일정은 바뀌지 않았습니다."
    ),
    "discord.perm.view_channel": "채널 보기",
    "discord.perm.send_messages": "메시지 보내기",
    "discord.perm.embed_links": "링크 첨부",
    # slack
    "slack.report": "문제 신고",
    "slack.report_reason": "무엇이 문제인가요?",
    "slack.report_send": "보내기",
    "slack.report_cancel": "취소",
    "slack.report_close": "닫기",
    "slack.report_sending": "신고를 보내는 중…",
    "slack.report_no_form": "신고 양식을 열지 못했어요. 잠시 뒤 다시 눌러 주세요.",
    "slack.closes": "마감",
    "slack.revealed": "해설은 스레드에 있습니다.",
    "slack.usage": "Slack에서는 `/study <명령>` 으로 입력하세요. 예: `/study lookup NAT`",
    "slack.chart": "차트 파일 (봇 서버)",
    "slack.failed": "죄송합니다. 처리 중 문제가 생겼습니다. 잠시 후 다시 시도해 주세요.",
    "slack.channel_elsewhere": (
        "{channel} 채널은 이 워크스페이스의 채널이 아니거나 스터디봇이 볼 수 없는 채널입니다."
    ),
    "slack.home_hint": "스터디 채널에서 `/study help` 를 입력해 시작하세요.",
}

EN: dict[str, str] = {
    # shell
    "shell.help": (
        "Shell only:\n"
        "  `/answer N`        answer the latest question you saw with choice N (1-based)\n"
        "  `/show`            show the answer of the latest flashcard you saw\n"
        "  `/knew`, `/notyet` grade yourself on the flashcard whose answer you saw\n"
        "  `/flag REASON`     report a problem with the latest question you saw\n"
        "                    (`/report` is the admins' group report, `/reports` the reports)\n"
        "  `/as NAME`         act as another member (only the starting user is admin)\n"
        "  `/channel NAME`    switch to another channel (another group)\n"
        "  `/space NAME`      switch to another space (a server, a workspace)\n"
        "  `/clock [TIME]`    show, or set the simulated time and run the daily cycle up to it\n"
        "                    (`2026-03-08T09:00` is read in the group's time zone)\n"
        "  `/advance SPAN`    move the simulated clock on, e.g. `1d`, `2h30m`\n"
        "  `/quit`            leave (end of input does the same)"
    ),
    "shell.unknown": "Unknown command {name}. Type `/help` for the list of commands.",
    "shell.unknown_that": "No such command. Type `/help` for the list of commands.",
    "shell.failed": "Something went wrong with that command; see the log.",
    "shell.only_you": "(only you can see this)",
    "shell.answer_with": "-> answer with `/answer 1-{n}`",
    "shell.show_with": "-> `/show` the answer",
    "shell.grade_with": "-> `/knew` or `/notyet`",
    "shell.is_flashcard": "That is a flashcard: `/show` its answer, then `/knew` or `/notyet`.",
    "shell.no_card": "No flashcard to show: `/show` reveals the answer of the latest flashcard.",
    "shell.nothing_to_grade": "Nothing to grade yet: `/show` a flashcard's answer first.",
    "shell.image": "[image] {path}",
    "shell.no_question": "No question to answer yet: try `/quiz` (or wait for the daily post).",
    "shell.answer_usage": "Usage: `/answer N`, where N is a choice number from 1 to {n}.",
    "shell.no_flag": "No question to flag yet: `/flag` reports a problem with the last question.",
    "shell.flag_usage": "Usage: `/flag WHAT IS WRONG` (reports the last question you saw).",
    "shell.as_usage": "Usage: `/as NAME` (one word, up to 40 characters).",
    "shell.acting_as": "now acting as {name}",
    "shell.acting_admin": "now acting as {name} (admin)",
    "shell.channel_usage": "Usage: `/channel NAME` (one word, up to 40 characters).",
    "shell.now_in": "now in #{name}",
    "slack.upload_title": "Upload notes",
    "slack.upload_submit": "Read it",
    "slack.upload_close": "Close",
    "slack.upload_label": "A .md file or a .zip of a vault (up to 5 MB)",
    "slack.upload_failed": "Could not fetch the file from Slack; please upload it again.",
    "shell.upload_usage": "Usage: `/deck upload PATH` (a `.md` or a `.zip` file).",
    "shell.upload_unreadable": "Cannot read `{path}`: {reason}",
    "shell.now_in_space": "now in space {space}, #{name}",
    "shell.space_usage": "Usage: `/space NAME` (letters, digits, `-`, `_`; up to 40).",
    "shell.channel_elsewhere": (
        "#{name} is in space {space}: switch there first with `/space {space}`."
    ),
    "shell.clock_simulated": "clock (simulated): {when}",
    "shell.clock_real": "clock (real): {when}",
    "shell.clock_usage": (
        "Usage: `/clock 2026-03-08T09:00 [Zone/Name]` (or with an offset, -05:00)."
    ),
    "shell.advance_usage": "Usage: `/advance SPAN`, e.g. `1d`, `2h`, `30m`, `1d2h`.",
    "shell.clock_back": "The clock only moves forward (now {when}).",
    "shell.clock_range": (
        "That time is out of the clock's range: it shows 1970 to 9997 and moves "
        "at most 3660 days at a time (from now: up to {latest})."
    ),
    "shell.clock_moved": "clock -> {when}",
    "shell.posted": "[#{channel}] bot posted ({ref}):",
    "shell.updated": "[#{channel}] bot updated {ref}:",
    "shell.direct": "[DM to {member}]",
    # discord
    "discord.report_button": "Report a problem",
    "discord.report_reason": "What is wrong?",
    "discord.failed": "Sorry, something went wrong. It has been logged; please try again later.",
    "discord.not_admin": "Only members with **Manage Server** can use this command.",
    "discord.guild_only": "This command works in a server channel only.",
    "discord.not_installed": (
        "Studybot is not installed in this server, so its commands do not work here."
        " A server admin can add the bot to the server."
    ),
    "discord.channel_elsewhere": (
        "That channel is not in this server, or Studybot cannot see it."
    ),
    "discord.cannot_post": (
        "I can't post the daily question in {channel}: the bot is missing {missing}."
        " Give the bot these permissions in that channel, then run the command again."
        " The schedule was not changed."
    ),
    "discord.perm.view_channel": "View Channel",
    "discord.perm.send_messages": "Send Messages",
    "discord.perm.embed_links": "Embed Links",
    # slack
    "slack.report": "Report a problem",
    "slack.report_reason": "What is wrong?",
    "slack.report_send": "Send",
    "slack.report_cancel": "Cancel",
    "slack.report_close": "Close",
    "slack.report_sending": "Sending your report…",
    "slack.report_no_form": "The report form could not be opened; please press the button again.",
    "slack.closes": "Closes",
    "slack.revealed": "Explanation in the thread.",
    "slack.usage": "On Slack, type `/study <command>`, e.g. `/study lookup NAT`",
    "slack.chart": "Chart file (on the bot's host)",
    "slack.failed": "Sorry, something went wrong. Please try again in a moment.",
    "slack.channel_elsewhere": (
        "{channel} is not a channel of this workspace, or Studybot cannot see it."
    ),
    "slack.home_hint": "Type `/study help` in your study channel to get started.",
}

# Discord's command names, descriptions, option and choice names: declared in
# English on the commands, translated at sync time (bot.adapters.discord.i18n).
# Keyed by the English text, which never collides across kinds.
DISCORD_COMMANDS_KO: dict[str, str] = {
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
    "Time zone, e.g. Asia/Seoul, KST or UTC+9": "시간대, 예: Asia/Seoul, KST, UTC+9",
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
    "reports": "신고",
    "Members' problem reports: keep or retire": "멤버들의 문제 신고: 유지하거나 빼기",
    "reload": "새로고침",
    "Reload the notes and refresh the questions": "노트를 다시 읽고 문제를 갱신합니다",
    "confirm": "확인",
    "Go ahead even if many questions would retire": "문제가 많이 빠지더라도 진행합니다",
    "settings": "설정",
    "Show or change group settings (e.g. 'language en')": (
        "그룹 설정 보기/바꾸기 (예: 'language en')"
    ),
    "change": "변경",
    "Setting and value, empty to show all": "설정과 값, 비우면 전체 보기",
    "The notes this channel studies": "이 채널이 공부하는 노트",
    "show": "보기",
    "This channel's deck and the decks you can pick": "이 채널의 덱과 고를 수 있는 덱",
    "use": "바꾸기",
    "Study another deck in this channel": "이 채널에서 다른 덱으로 공부합니다",
    "name": "이름",
    "A deck's name (see show)": "덱 이름 (보기에서 확인)",
    "upload": "올리기",
    "Upload notes: a .md file or a .zip of a vault": (
        "노트 올리기: 마크다운 파일이나 볼트 압축 파일"
    ),
    "file": "파일",
    "A .md file or a .zip (up to 5 MB); shown before it is used": (
        "마크다운 파일이나 압축 파일 (5메가바이트까지), 쓰기 전에 읽은 내용을 먼저 보여 줍니다"
    ),
    "Switch this channel to the deck just uploaded": "방금 올린 덱으로 이 채널을 바꿉니다",
    "rollback": "되돌리기",
    "Go back to the deck before the last confirm": "마지막 확인 전의 덱으로 되돌립니다",
}
