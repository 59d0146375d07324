"""The "report a problem" form on Slack: a modal asking what is wrong.

Everything its submission needs rides in the modal itself (the question,
channel and team in `private_metadata`, which Slack keeps and returns), so a
form opened before a restart is submitted to whichever process runs after
it. The submission is acknowledged at once with a "sending" view; the result
(or, when the report could not be used, the member's own text quoted back)
replaces it when the core has answered.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from bot.adapters.cut import cut
from bot.core.messages import LANGUAGES, t

CALLBACK_ID = "sb_report"
REASON_BLOCK = "reason"
REASON_ACTION = "reason"
_TITLE_MAX = 24  # Slack's limit for a modal title
_TEXT_MAX = 3000


@dataclass(frozen=True, kw_only=True, slots=True)
class FormTarget:
    question_id: str
    channel_id: str
    team_id: str


def _lang(language: str) -> str:
    return language if language in LANGUAGES else "en"


def _plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": cut(text, limit)}


def report_modal(target: FormTarget, language: str) -> dict[str, Any]:
    lang = _lang(language)
    meta = {"q": target.question_id, "c": target.channel_id, "t": target.team_id}
    return {
        "type": "modal",
        "callback_id": CALLBACK_ID,
        "private_metadata": json.dumps(meta),
        "title": _plain(t(lang, "slack.report"), _TITLE_MAX),
        "submit": _plain(t(lang, "slack.report_send"), _TITLE_MAX),
        "close": _plain(t(lang, "slack.report_cancel"), _TITLE_MAX),
        "blocks": [
            {
                "type": "input",
                "block_id": REASON_BLOCK,
                "label": _plain(t(lang, "slack.report_reason"), 2000),
                "element": {
                    "type": "plain_text_input",
                    "action_id": REASON_ACTION,
                    "multiline": True,
                    "min_length": 2,
                    "max_length": 300,
                },
            }
        ],
    }


def message_view(text: str, language: str) -> dict[str, Any]:
    """A modal that only says something (the submission's progress or result)."""
    lang = _lang(language)
    return {
        "type": "modal",
        "callback_id": f"{CALLBACK_ID}_done",
        "title": _plain(t(lang, "slack.report"), _TITLE_MAX),
        "close": _plain(t(lang, "slack.report_close"), _TITLE_MAX),
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": cut(text, _TEXT_MAX)}}],
    }


def read_submission(view: Any) -> tuple[FormTarget, str] | None:
    """(where the report goes, the text typed) from a view_submission's view;
    None when the view is not a report form this app made."""
    if not isinstance(view, dict) or view.get("callback_id") != CALLBACK_ID:
        return None
    try:
        meta = json.loads(str(view.get("private_metadata") or ""))
        target = FormTarget(question_id=str(meta["q"]), channel_id=str(meta["c"]),
                            team_id=str(meta["t"]))  # fmt: skip
    except (ValueError, KeyError, TypeError):
        return None
    values = ((view.get("state") or {}).get("values") or {}).get(REASON_BLOCK) or {}
    reason = (values.get(REASON_ACTION) or {}).get("value") or ""
    return target, str(reason)
