"""The Bolt app: `/study`, answer and report buttons, App Home.

Every listener calls `ack()` first, with nothing, so Slack gets its answer well
inside 3 s whatever the core does; the work runs after (Bolt keeps running the
listener once acked) and speaks through `respond()` (the response_url), which
works in any channel without the bot being a member. Errors become a short
ephemeral message and a log line with the team, channel, user and input.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from slack_bolt.app.async_app import AsyncApp
from slack_bolt.authorization.async_authorize import AsyncInstallationStoreAuthorize
from slack_bolt.context.ack.async_ack import AsyncAck
from slack_bolt.context.respond.async_respond import AsyncRespond
from slack_bolt.oauth.async_oauth_settings import AsyncOAuthSettings
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack import blocks, deck_upload, report_form
from bot.adapters.slack.admins import AdminCache
from bot.adapters.slack.channels import channel_in_team, first_mention
from bot.adapters.slack.commands import SLASH_COMMAND, group_of, is_admin_command, parse
from bot.adapters.slack.home import SeenGroups, home_view
from bot.core.clock import Clock
from bot.core.messages import LANGUAGES, t
from bot.core.ports import SpaceEvents, StudyApi
from bot.core.types import (
    AnswerClick,
    AnswerKind,
    Command,
    CommandName,
    GroupRef,
    Member,
    Platform,
    ProblemReport,
    Reply,
    ReplyKind,
)

log = logging.getLogger(__name__)

# Slack events that take the bot out of a workspace: its groups are paused
# with this reason (their posts could only fail), until a reinstall and
# `schedule` resume them.
LEFT_WORKSPACE = {
    "app_uninstalled": "the app was uninstalled from the workspace (Slack app_uninstalled)",
    "tokens_revoked": "the app's bot token was revoked (Slack tokens_revoked)",
}
_Forget = Callable[..., Awaitable[Any]]


class InFlight:
    """Counts listener bodies still running after their ack, so close() can
    let them finish instead of cutting a reply in half."""

    def __init__(self) -> None:
        self._count = 0
        self._idle = asyncio.Event()
        self._idle.set()

    async def run(self, work: Awaitable[None]) -> None:
        self._count += 1
        self._idle.clear()
        try:
            await work
        finally:
            self._count -= 1
            if self._count == 0:
                self._idle.set()

    async def drain(self, seconds: float) -> None:
        try:
            await asyncio.wait_for(self._idle.wait(), seconds)
        except TimeoutError:
            log.warning("closing with %d Slack replies still running", self._count)


def _member(user: dict[str, Any]) -> Member:
    return Member(
        user_id=str(user.get("id", "")),
        display_name=str(user.get("username") or user.get("name") or ""),
    )


class Listeners:
    """The listener bodies, kept apart from Bolt registration for readability."""

    def __init__(
        self,
        *,
        api: StudyApi,
        language: str,
        admins: AdminCache,
        clock: Clock,
        inflight: InFlight,
        seen: SeenGroups,
    ) -> None:
        self.api = api
        self.seen = seen
        self.language = language
        self.admins = admins
        self.clock = clock
        self.inflight = inflight

    async def _respond(self, respond: AsyncRespond, reply: Reply, *, replace: bool = False) -> None:
        text, body = blocks.render(reply, self.language)
        result = await respond(
            text=text,
            blocks=body,
            response_type="ephemeral" if reply.ephemeral else "in_channel",
            replace_original=replace,
        )
        if result.status_code != 200:
            log.warning("response_url answered %s: %s", result.status_code, result.body)

    def _lang(self) -> str:
        return self.language if self.language in LANGUAGES else "en"

    async def _fail(self, respond: AsyncRespond, context: str) -> None:
        log.exception("Slack %s failed", context)
        try:
            await respond(
                text=t(self._lang(), "slack.failed"),
                response_type="ephemeral",
                replace_original=False,
            )
        except Exception:
            log.exception("could not tell the member about the failure (%s)", context)

    async def study(
        self, ack: AsyncAck, command: dict[str, Any], respond: AsyncRespond, client: AsyncWebClient
    ) -> None:
        await ack()
        await self.inflight.run(self._study(command, respond, client))

    async def _study(
        self, payload: dict[str, Any], respond: AsyncRespond, client: AsyncWebClient
    ) -> None:
        where = (
            f"/study {str(payload.get('text', ''))[:100]!r} team={payload.get('team_id')} "
            f"channel={payload.get('channel_id')} user={payload.get('user_id')}"
        )
        try:
            command = parse(payload, at=self.clock())
            self.seen.saw(command.group)
            if is_admin_command(command.name):
                admin = await self.admins.is_admin(
                    client, command.group.space_id, command.member.user_id
                )
                command = parse(payload, at=command.at, is_admin=admin)
                mentioned = first_mention(str(payload.get("text", "")))
                if admin and mentioned is not None and command.name == CommandName.SCHEDULE:
                    # A real #mention names the channel; it counts only when it
                    # is one of this workspace's (bot.adapters.slack.channels).
                    target = await channel_in_team(client, command.group.space_id, mentioned)
                    if target is None:
                        words = t(self._lang(), "slack.channel_elsewhere", channel=f"#{mentioned}")
                        refusal = Reply(kind=ReplyKind.ERROR, text=words, ephemeral=True)
                        await self._respond(respond, refusal)
                        return
                    command = replace(command, target=target)
            if admin_upload(command):
                # The file comes through a form (trigger ids live 3 s: open it now).
                view = deck_upload.upload_modal(self._lang(), command.group)
                await client.views_open(trigger_id=str(payload.get("trigger_id")), view=view)
                return
            reply = await self.api.handle(command)
            await self._respond(respond, reply)
        except Exception:
            await self._fail(respond, where)

    async def deck_uploaded(
        self, ack: AsyncAck, body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient
    ) -> None:
        await ack()  # closes the form; the preview follows as an ephemeral message
        await self.inflight.run(
            deck_upload.handle_submission(
                api=self.api,
                client=client,
                body=body,
                view=view,
                is_admin=lambda team, user: self.admins.is_admin(client, team, user),
                at=self.clock(),
                lang=self._lang(),
            )
        )

    async def answer(
        self, ack: AsyncAck, body: dict[str, Any], action: dict[str, Any], respond: AsyncRespond
    ) -> None:
        await ack()
        await self.inflight.run(self._answer(body, action, respond))

    async def _answer(
        self, body: dict[str, Any], action: dict[str, Any], respond: AsyncRespond
    ) -> None:
        user = body.get("user") or {}
        where = f"answer {action.get('action_id')!r} user={user.get('id')}"
        try:
            parsed = blocks.parse_answer_action_id(str(action.get("action_id", "")))
            if parsed is None:
                log.warning("ignoring unknown answer button %s", where)
                return
            click = AnswerClick(
                kind=parsed.kind,
                ref=parsed.ref,
                choice=parsed.choice,
                group=self._group(body),
                member=_member(user),
                at=self.clock(),
            )
            self.seen.saw(click.group)
            reply = await self.api.answer(click)
            # Practice questions live in an ephemeral message of their own:
            # swap it for the feedback so its buttons cannot be pressed again.
            container = body.get("container") or {}
            swap = parsed.kind is AnswerKind.PRACTICE and bool(container.get("is_ephemeral"))
            await self._respond(respond, _ephemeral(reply), replace=swap)
        except Exception:
            await self._fail(respond, where)

    async def report(
        self,
        ack: AsyncAck,
        body: dict[str, Any],
        action: dict[str, Any],
        respond: AsyncRespond,
        client: AsyncWebClient,
    ) -> None:
        """"Report a problem" opens a form asking what is wrong (views.open needs
        the click's trigger_id within 3 s, so it is the listener's only work)."""
        await ack()
        user = body.get("user") or {}
        question_id = str(action.get("value") or "")
        group = self._group(body)
        if not question_id:
            return
        target = report_form.FormTarget(
            question_id=question_id, channel_id=group.channel_id, team_id=group.space_id
        )
        try:
            await client.views_open(
                trigger_id=str(body.get("trigger_id") or ""),
                view=report_form.report_modal(target, self.language),
            )
        except Exception:
            log.exception("could not open the report form for user=%s", user.get("id"))
            await self._respond(
                respond,
                Reply(kind=ReplyKind.ERROR, text=t(self._lang(), "slack.report_no_form"),
                      ephemeral=True),
            )  # fmt: skip

    async def report_submitted(
        self, ack: AsyncAck, body: dict[str, Any], view: dict[str, Any], client: AsyncWebClient
    ) -> None:
        """A report form sent, whenever it was opened: "sending" at once, then
        the core's answer (with the member's text quoted when it was not used)."""
        read = report_form.read_submission(view)
        if read is None:
            await ack()
            return
        await ack(
            response_action="update",
            view=report_form.message_view(t(self._lang(), "slack.report_sending"), self.language),
        )
        await self.inflight.run(self._report_submitted(body, view, client, *read))

    async def _report_submitted(
        self,
        body: dict[str, Any],
        view: dict[str, Any],
        client: AsyncWebClient,
        target: report_form.FormTarget,
        reason: str,
    ) -> None:
        user = body.get("user") or {}
        report = ProblemReport(
            question_id=target.question_id,
            group=group_of(target.team_id, target.channel_id),
            member=_member(user),
            at=self.clock(),
            reason=reason,
        )
        reply = await self.api.report_problem(report)  # answers, never raises
        text = blocks.mrkdwn(reply.text)
        try:
            await client.views_update(
                view_id=str(view.get("id") or ""),
                view=report_form.message_view(text, self.language),
            )
        except Exception:
            # The form was closed meanwhile: say it in the channel, privately.
            log.warning("report form %s closed before its answer", view.get("id"))
            try:
                await client.chat_postEphemeral(
                    channel=target.channel_id, user=str(user.get("id", "")), text=text
                )
            except Exception:
                log.exception("could not tell user=%s about their report", user.get("id"))

    async def action(
        self,
        ack: AsyncAck,
        body: dict[str, Any],
        action: dict[str, Any],
        respond: AsyncRespond,
        client: AsyncWebClient,
    ) -> None:
        """A command button under a reply (the admins' keep / retire): the same
        as typing `/study <command> <args>` where the button is."""
        await ack()
        parsed = blocks.parse_action_id(str(action.get("action_id", "")))
        if parsed is None:
            return
        user = body.get("user") or {}
        group = self._group(body)
        payload = {
            "text": f"{parsed[0]} {parsed[1]}",
            "team_id": group.space_id,
            "channel_id": group.channel_id,
            "user_id": user.get("id", ""),
            "user_name": user.get("username") or user.get("name") or "",
        }
        await self.inflight.run(self._study(payload, respond, client))

    async def home_opened(
        self, event: dict[str, Any], context: dict[str, Any], client: AsyncWebClient
    ) -> None:
        if event.get("tab") != "home":
            return
        user_id = str(event.get("user", ""))
        team_id = str(context.get("team_id") or "")
        try:
            member = Member(user_id=user_id)
            sections = [
                (group, await self.api.home(group, member, self.clock()))
                for group in self.seen.recent(team_id)
            ]
            await client.views_publish(user_id=user_id, view=home_view(sections, self.language))
        except Exception:
            log.exception("App Home for user=%s team=%s failed", user_id, team_id)

    async def left_workspace(
        self,
        event: dict[str, Any],
        context: dict[str, Any],
        body: dict[str, Any],
        forget: _Forget | None,
    ) -> None:
        """app_uninstalled / tokens_revoked: pause the workspace's groups, then
        let Bolt forget its tokens (`forget`, OAuth only)."""
        kind = str(event.get("type", ""))
        team_id = str(context.get("team_id") or body.get("team_id") or "")
        bot_gone = kind == "app_uninstalled" or bool((event.get("tokens") or {}).get("bot"))
        spaces = self.api if isinstance(self.api, SpaceEvents) else None
        if bot_gone and team_id and spaces is not None:  # user tokens alone: the bot still posts
            try:
                await spaces.space_removed(Platform.SLACK, team_id, LEFT_WORKSPACE[kind])
            except Exception:
                log.exception("could not pause the groups of Slack team %s (%s)", team_id, kind)
        if forget is not None:
            await forget(event=event, context=context)

    @staticmethod
    def _group(body: dict[str, Any]) -> GroupRef:
        team = (body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id") or ""
        channel = (body.get("channel") or {}).get("id") or ""
        return group_of(str(team), str(channel))


def admin_upload(command: Command) -> bool:
    """`/study deck upload` by an admin (others get the core's refusal)."""
    return command.member.is_admin and deck_upload.wants_upload(command.name, command.args)


def _ephemeral(reply: Reply) -> Reply:
    # Button feedback is always for the clicker alone, whatever the core says.
    return reply if reply.ephemeral else replace(reply, ephemeral=True)


def build_app(
    *,
    api: StudyApi,
    client: AsyncWebClient,
    signing_secret: str,
    language: str = "ko",
    oauth_settings: AsyncOAuthSettings | None = None,
    clock: Clock,
    admins: AdminCache | None = None,
    inflight: InFlight | None = None,
    seen: SeenGroups | None = None,
) -> AsyncApp:
    """The Bolt app with every Studybot listener registered.

    With OAuth, authorisation results are cached per bot token: Bolt would
    otherwise call auth.test before every ack, on the 3-second path. Uninstalls
    and revoked bot tokens pause the workspace's groups (with the reason) and
    delete the workspace from the installation store.
    """
    logger = logging.getLogger("bot.adapters.slack.bolt")
    authorize = None
    if oauth_settings is not None:
        authorize = AsyncInstallationStoreAuthorize(
            logger=logger,
            installation_store=oauth_settings.installation_store,
            client_id=oauth_settings.client_id,
            client_secret=oauth_settings.client_secret,
            bot_only=True,
            cache_enabled=True,
            client=client,
        )
    app = AsyncApp(
        name="studybot",
        client=client,
        signing_secret=signing_secret,
        oauth_settings=oauth_settings,
        authorize=authorize,  # type: ignore[arg-type]  # Bolt accepts AsyncAuthorize instances too
        logger=logger,
    )
    listeners = Listeners(
        api=api,
        language=language,
        admins=admins or AdminCache(),
        clock=clock,
        inflight=inflight or InFlight(),
        seen=seen or SeenGroups(),
    )
    app.command(SLASH_COMMAND)(listeners.study)
    app.action(blocks.ANSWER_ACTION_RE)(listeners.answer)
    app.action(blocks.REPORT_ACTION_RE)(listeners.report)
    app.view(deck_upload.CALLBACK_ID)(listeners.deck_uploaded)
    app.action(blocks.COMMAND_ACTION_RE)(listeners.action)
    app.view(report_form.CALLBACK_ID)(listeners.report_submitted)
    app.event("app_home_opened")(listeners.home_opened)
    # Bolt runs the first listener an event matches, so ours also calls Bolt's
    # own token clean-up (what enable_token_revocation_listeners would register).
    for kind in LEFT_WORKSPACE:
        forget = _bolt_forget(app, kind) if oauth_settings is not None else None
        app.event(kind)(_left_workspace(listeners, forget))
    return app


def _bolt_forget(app: AsyncApp, kind: str) -> _Forget:
    """Bolt's own clean-up for `kind` (forget the workspace's tokens), called
    as `forget(event=..., context=...)`."""
    if kind != "app_uninstalled":
        return app.default_tokens_revoked_event_listener()  # takes (event, context)
    uninstalled = app.default_app_uninstalled_event_listener()  # takes (context)

    async def forget(event: dict[str, Any], context: dict[str, Any]) -> None:
        await uninstalled(context=context)

    return forget


def _left_workspace(listeners: Listeners, forget: _Forget | None) -> _Forget:
    async def listener(
        event: dict[str, Any], context: dict[str, Any], body: dict[str, Any]
    ) -> None:
        await listeners.left_workspace(event, context, body, forget)

    return listener
