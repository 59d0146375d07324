"""The daily cycle's actions: post a group's question for a local day, reveal
a post when its window closes, hand undelivered posts to their Outbox again.

When each is due is decided in bot/core/due.py and driven by the tick
(bot/core/tick.py). Every action is claimed in the store before anything is
sent, so repeating it (a second tick, a second process, a restart) never
sends twice: a post by its key (group, zone, local day; `create_post`), a
reveal by `claim_reveal`, a resend by `claim_undelivered`. A post that was
claimed but not handed over (crash, platform error) is resent while its
window is open: a crashed sender's after REDELIVER_AFTER, a failing platform's
backing off (MAX_BACKOFF). A resend to Discord carries the post's nonce, so a
send whose answer was lost appears once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Coroutine, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from bot.core import render
from bot.core.clock import closes_at, local_date, safe_zone
from bot.core.content import LiveContent, Shelf
from bot.core.due import active, covered, due_day, next_post_at
from bot.core.learning import Learner, sync_bank
from bot.core.ports import (
    DeliveryRefused,
    GroupSchedule,
    Outbox,
    QuestionLike,
    Repository,
)
from bot.core.recap import Recaps
from bot.core.records import DailyPost, GroupSettings, NewPost
from bot.core.types import AnswerKind, Platform
from bot.learning.retire import BankChange

log = logging.getLogger(__name__)
# A claimed post not marked delivered after this long is taken again (the process
# that claimed it died, or the platform failed): one attempt per this span.
REDELIVER_AFTER = timedelta(minutes=1)
# After a failed attempt the next waits as long as the post has been failing
# (at least REDELIVER_AFTER, at most this): attempts at about 1, 2, 4, 8 and 16
# minutes, then every 15, so an outage is not hit by every group every minute.
MAX_BACKOFF = timedelta(minutes=15)
CATCH_UP_WIDTH = 400  # groups handled at once; bounds the burst on platform APIs (and
# matches the coalescing batch, so one statement serves a whole width of groups)
FANOUT_BATCH = 1000  # groups claimed, read and inserted together by a fan-out


@dataclass(frozen=True, kw_only=True, slots=True)
class PostResult:
    """What `DailyRunner.post` did: `post` is set when a new post was made."""

    post: DailyPost | None = None
    existing: DailyPost | None = None
    no_outbox: bool = False
    no_question: bool = False
    refused: str | None = None  # the platform refused for good; the group is paused


def schedule_of(settings: GroupSettings) -> GroupSchedule:
    return GroupSchedule(
        group=settings.ref,
        post_time=settings.post_time,
        timezone=settings.timezone,
        paused=settings.paused,
    )


class DailyRunner:
    def __init__(
        self,
        repository: Repository,
        shelf: Shelf,
        outboxes: Mapping[Platform, Outbox],
        learner: Learner | None = None,
    ) -> None:
        self._repo = repository
        self.shelf = shelf
        self._outboxes = outboxes
        self.learner = learner or Learner(repository)
        self.recaps = Recaps(repository)
        self._synced: set[str] = set()
        self._sync_lock = asyncio.Lock()
        self.last_change: BankChange | None = None

    async def deck(self, settings: GroupSettings, now: datetime) -> LiveContent:
        """The group's deck, loaded and its questions registered."""
        content = await self.shelf.content(settings.id, settings.deck)
        await self.ensure_synced(content, now)
        return content

    async def posted_question(
        self, settings: GroupSettings, post: DailyPost, now: datetime
    ) -> QuestionLike | None:
        """The question of one of the group's own posts: from its deck, else
        (the group switched decks while the post was open) from the deck still
        loaded that has it. The group was shown it, so nothing leaks."""
        found = (await self.deck(settings, now)).get(post.question_id)
        if found is None:
            found = self.shelf.find(post.question_id)
        return found

    async def ensure_bank(self, now: datetime) -> None:
        """Register the default deck's questions (start-up)."""
        await self.ensure_synced(self.shelf.default, now)

    async def ensure_synced(self, content: LiveContent, now: datetime) -> None:
        """Register a deck's questions once per process (posts reference them).
        Concurrent first callers (a fan-out right after start-up) wait for one sync."""
        if content.key in self._synced:
            return
        async with self._sync_lock:
            if content.key not in self._synced:
                self.last_change = await sync_bank(self._repo, content, now, deck=content.key)
                self._synced.add(content.key)

    async def resync(self, content: LiveContent, now: datetime) -> BankChange:
        """Sync again after the deck changed (admin `reload`, a new upload)."""
        async with self._sync_lock:
            self.last_change = await sync_bank(self._repo, content, now, deck=content.key)
            self._synced.add(content.key)
            return self.last_change

    async def schedules(self) -> list[GroupSchedule]:
        return [schedule_of(s) for s in await self._repo.scheduled_groups()]

    async def post_due(self, settings: GroupSettings, now: datetime) -> PostResult | None:
        """Post the group's question if one is due at `now` (bot.core.due)."""
        on = due_day(settings, await self._repo.latest_post(settings.id), now)
        return None if on is None else await self.post(settings, on, now)

    async def post(self, settings: GroupSettings, on: date, now: datetime) -> PostResult:
        """Claim, then send, the group's post for local date `on`."""
        outbox = self._outboxes.get(settings.ref.platform)
        if outbox is None:
            log.warning("no outbox for %s; group %s not posted", settings.ref.platform, settings.id)
            return PostResult(no_outbox=True)
        latest = await self._repo.latest_post(settings.id)
        if latest is not None and covered(latest, on, settings.timezone):
            return PostResult(existing=latest)
        content = await self.deck(settings, now)
        # The first post of a new week (month) brings the recap of the last one.
        await self.recaps.post_due(settings, on, now, outbox, content)
        question = await self.learner.pick_daily(
            settings, on, await self._repo.retired_for_group(settings.id), content
        )
        if question is None:
            return PostResult(no_question=True)
        tz = safe_zone(settings.timezone)
        post = await self._repo.create_post(
            group_id=settings.id,
            local_date=on,
            timezone=settings.timezone,
            question_id=question.id,
            posted_at=now,
            closes_at=closes_at(on, settings.post_time, tz, settings.window_minutes, now),
        )
        if post is None:  # lost a race with another caller: they post it
            return PostResult(existing=await self._repo.latest_post(settings.id))
        refused = await self._deliver(post, settings, question, outbox, now)
        if refused is not None:
            return PostResult(refused=refused)
        # Review reminders ride on the daily post: once per group per local date.
        await self.learner.remind(settings, outbox, now, content)
        return PostResult(post=post)

    async def _deliver(
        self,
        post: DailyPost,
        settings: GroupSettings,
        question: QuestionLike,
        outbox: Outbox,
        now: datetime,
        *,
        resend: bool = False,
    ) -> str | None:
        """Hand the post to its Outbox; the reason when the platform refused it
        for good (the group is then paused with it, and the post closed).
        `resend`: an earlier attempt's outcome is unknown (it failed or timed out
        after the platform may have taken it, or its process died): the Outbox
        is told, so that it can look for that message instead of posting twice."""
        reply = render.question_reply(
            question,
            lang=settings.language,
            kind=AnswerKind.DAILY,
            ref=str(post.id),
            title=render.daily_title(settings.language, post.local_date),
            closes_at=post.closes_at,
        )
        if resend:
            reply = replace(reply, maybe_sent_since=post.posted_at)
        try:
            message_ref = await outbox.post(settings.ref, reply)
        except DeliveryRefused as refusal:
            await self._refused(post, settings, refusal.reason, outbox)
            return refusal.reason
        except Exception:
            # Transient: left undelivered, resent (claim_undelivered) while the
            # window is open, backing off (MAX_BACKOFF).
            log.exception("posting daily question %s to group %s failed", post.id, settings.id)
            wait = min(max(now - post.posted_at, REDELIVER_AFTER), MAX_BACKOFF)
            await self._repo.postpone_attempt(post.id, now + wait - REDELIVER_AFTER)
            return None
        await self._repo.mark_delivered(post.id, message_ref)
        return None

    async def _refused(
        self, post: DailyPost, settings: GroupSettings, reason: str, outbox: Outbox
    ) -> None:
        """A permanent refusal: pause the group with the reason (shown by
        `schedule`), close the post so nothing retries it (`resend_refused`
        takes it back when the pause is lifted), and tell the admin once."""
        log.warning("group %s paused: the platform refused its post (%s)", settings.id, reason)
        paused = await self._repo.pause_refused(settings.id, reason)
        await self._repo.claim_reveal(post.id, post.posted_at)
        if paused is not None:  # this call paused it: the one to tell the admin
            await self._tell_admin(paused, reason, outbox)

    async def _tell_admin(self, settings: GroupSettings, reason: str, outbox: Outbox) -> None:
        if not settings.scheduled_by:
            log.info("group %s paused with nobody to tell (schedule set by unknown)", settings.id)
            return
        notice = render.refusal_notice(settings.ref, lang=settings.language, reason=reason)
        try:
            await outbox.direct(settings.ref, settings.scheduled_by, notice)
        except Exception:
            # The platform may refuse this too (a revoked token): the pause and
            # its reason, shown by `schedule`, still stand.
            log.exception("could not tell the admin of group %s about its pause", settings.id)

    async def pause_space(self, platform: Platform, space_id: str, reason: str) -> int:
        """Pause every scheduled group of the space with `reason` (the bot was
        taken out of it: nobody can be told there, so no direct messages)."""
        paused = 0
        for settings in await self._repo.scheduled_groups():
            ref = settings.ref
            if ref.platform is platform and ref.space_id == space_id and space_id:
                paused += await self._repo.pause_refused(settings.id, reason) is not None
        log.warning("%d group(s) of %s space %s paused: %s", paused, platform, space_id, reason)
        return paused

    async def resend_refused(self, settings: GroupSettings, now: datetime) -> PostResult | None:
        """When a refusal pause is lifted (resume, schedule, post-now): today's
        post, refused and never delivered, goes out now while its window is
        open. It is the same post taken back (`reopen_refused`), so the day
        never gets two. None when there is no such post."""
        latest = await self._repo.latest_post(settings.id)
        if (
            latest is None
            or latest.delivered
            or latest.revealed_at is None
            or latest.closes_at <= now
            or latest.local_date != local_date(now, safe_zone(latest.timezone or settings.timezone))
        ):
            return None  # an earlier day's post stays closed: today follows the schedule
        outbox = self._outboxes.get(settings.ref.platform)
        question = await self.posted_question(settings, latest, now)
        if outbox is None or question is None:
            return None
        post = await self._repo.reopen_refused(latest.id, now)
        if post is None:
            return None
        refused = await self._deliver(post, settings, question, outbox, now)
        return PostResult(refused=refused) if refused is not None else PostResult(post=post)

    async def reveal_latest_if_closed(self, settings: GroupSettings, now: datetime) -> None:
        latest = await self._repo.latest_post(settings.id)
        if latest is not None and latest.revealed_at is None and latest.closes_at <= now:
            await self.reveal(latest, now)

    async def reveal(self, post: DailyPost, now: datetime) -> None:
        settings = await self._repo.group_by_id(post.group_id)
        if settings is None or not await self._repo.claim_reveal(post.id, now):
            return
        await self._show_reveal(post, settings, await self._repo.choice_counts(post.id), now)

    async def _show_reveal(
        self,
        post: DailyPost,
        settings: GroupSettings | None,
        counts: Mapping[int, int],
        now: datetime,
    ) -> None:
        """Hand a claimed reveal to the group's Outbox (edits the question's message)."""
        if settings is None:
            log.warning("post %s revealed without a message (its group is gone)", post.id)
            return
        question = await self.posted_question(settings, post, now)
        outbox = self._outboxes.get(settings.ref.platform)
        if question is None or outbox is None:
            log.warning("post %s revealed without a message (question or outbox missing)", post.id)
            return
        reply = render.reveal(question, lang=settings.language, post=post, counts=dict(counts))
        try:
            if post.message_ref is not None:
                await outbox.update(settings.ref, post.message_ref, reply)
            else:
                await outbox.post(settings.ref, reply)
        except Exception:
            log.exception("revealing post %s in group %s failed", post.id, settings.id)

    async def reveal_due(self, now: datetime) -> int:
        """Reveal every post whose window closed at or before `now`: claimed and
        counted for all of them with a few statements (a restart after a day
        down reveals every group's post), then shown CATCH_UP_WIDTH at a time."""
        posts = await self._repo.posts_to_reveal(now)
        if not posts:
            return 0
        won = await self._repo.claim_reveals([post.id for post in posts], now)
        mine = [post for post in posts if post.id in won]
        counts = await self._repo.choice_counts_of([post.id for post in mine])

        async def show(post: DailyPost) -> None:
            settings = await self._repo.group_by_id(post.group_id)  # concurrent: one read
            await self._show_reveal(post, settings, counts.get(post.id, {}), now)

        await _each([show(post) for post in mine])
        return len(posts)

    async def redeliver_due(self, now: datetime) -> int:
        """Resend claimed posts that never reached their Outbox (window still open)."""
        posts = await self._repo.claim_undelivered(now, now - REDELIVER_AFTER)
        await _each([self._redeliver(post, now) for post in posts])
        return len(posts)

    async def post_all_due(self, groups: Sequence[GroupSettings], now: datetime) -> int:
        """Post each group's due question; returns how many were posted. One
        group's failure stops no other.

        A fan-out (10,000 groups at one minute) goes in batches of FANOUT_BATCH:
        each batch is claimed (`claim_groups`; a store several processes share
        uses `post_claimed` instead), read (latest posts, histories, tallies, recaps due)
        and inserted (`create_posts`) with a few statements, not a few per
        group; its posts go to the Outboxes CATCH_UP_WIDTH at a time while the
        next batch is prepared."""
        ready = [g for g in groups if active(g) and self._outbox(g) is not None]
        latest = await self._repo.latest_posts([g.id for g in ready])
        due = [(g, on) for g in ready if (on := due_day(g, latest.get(g.id), now)) is not None]
        if not due:
            return 0
        sends = _Sends(CATCH_UP_WIDTH)
        try:
            for start in range(0, len(due), FANOUT_BATCH):
                batch = due[start : start + FANOUT_BATCH]
                try:
                    await self._post_batch(batch, now, sends)
                except Exception:
                    log.exception("daily posts for %d groups failed", len(batch))
            return await sends.finish()
        finally:
            sends.cancel()

    @property
    def platforms(self) -> tuple[Platform, ...]:
        """The platforms this process can post to (its Outboxes)."""
        return tuple(self._outboxes)

    async def post_claimed(self, now: datetime) -> int:
        """The fan-out on a store that several processes tick (PostgreSQL): due
        groups are claimed FANOUT_BATCH at a time (`claim_due_groups`: other
        processes take other batches) and only they are read and posted, each
        remembered with when it is next due (`set_groups_due`), so no process
        reads every scheduled group. Sends run while the next batch is claimed
        and prepared. Returns how many posts went out."""
        sends = _Sends(CATCH_UP_WIDTH)
        after = 0
        try:
            while share := await self._repo.claim_due_groups(
                now, self.platforms, after, FANOUT_BATCH
            ):
                after = share[-1].id
                try:
                    await self._post_share(share, now, sends)
                except Exception:
                    log.exception("daily posts for %d groups failed", len(share))
            return await sends.finish()
        finally:
            sends.cancel()

    async def _post_share(
        self, share: Sequence[GroupSettings], now: datetime, sends: _Sends
    ) -> None:
        """Post the claimed groups that are due; remember when each is next due.
        A group left without a post it owes (no question, a failure, another
        caller's post) gets no time: it is looked at again at the next tick."""
        latest = await self._repo.latest_posts([g.id for g in share])
        due: list[tuple[GroupSettings, date]] = []
        dues: dict[int, datetime | None] = {}
        for settings in share:
            on = due_day(settings, latest.get(settings.id), now)
            if on is None:
                dues[settings.id] = next_post_at(settings, latest.get(settings.id), now)
            else:
                due.append((settings, on))
        made = await self._post_batch(due, now, sends, claimed=True) if due else {}
        for settings, _ in due:
            post = made.get(settings.id)
            if post is not None:
                dues[settings.id] = next_post_at(settings, post, now)
        await self._repo.set_groups_due(dues)

    def _outbox(self, settings: GroupSettings) -> Outbox | None:
        outbox = self._outboxes.get(settings.ref.platform)
        if outbox is None:
            log.warning("no outbox for %s; group %s not posted", settings.ref.platform, settings.id)
        return outbox

    async def _post_batch(
        self,
        batch: Sequence[tuple[GroupSettings, date]],
        now: datetime,
        sends: _Sends,
        *,
        claimed: bool = False,
    ) -> dict[int, DailyPost]:
        """Pick, insert and queue the sends of a batch of due groups; the posts
        made, by group. `claimed`: the caller claimed the groups and read their
        latest posts after that (post_claimed)."""
        if claimed:
            ids = [g.id for g, _ in batch]
        else:
            won = await self._repo.claim_groups([g.id for g, _ in batch], now)
            ids = [g.id for g, _ in batch if g.id in won]
            latest = await self._repo.latest_posts(ids)  # another process may have posted
            batch = [
                (g, on) for g, on in batch
                if g.id in won and not covered(latest.get(g.id), on, g.timezone)
            ]  # fmt: skip
        if not batch:
            return {}
        decks = {g.id: await self.deck(g, now) for g, _ in batch}  # (loaded once per deck)
        # The first post of a new week (month) brings the recap of the last one.
        recaps = await self.recaps.pending(batch)
        if recaps:
            await _each([
                self.recaps.post_due(g, on, now, self._outboxes[g.ref.platform], decks[g.id],
                                     recaps[g.id])
                for g, on in batch if g.id in recaps
            ])  # fmt: skip
        retired = await self._repo.retired_questions()
        # A group's own retirements (its admin's, or its members' reports) too.
        own_retired = await self._repo.groups_retired(ids)
        histories = await self._repo.question_histories(ids)
        tallies = await self._repo.group_tallies(ids)
        picked: list[tuple[GroupSettings, QuestionLike, NewPost]] = []
        for n, (settings, on) in enumerate(batch, start=1):
            own = own_retired.get(settings.id)
            question = self.learner.pick_daily_from(
                settings, on, retired | own if own else retired,  # shared set: pools cached
                histories.get(settings.id, {}),
                tallies.get(settings.id, []), decks[settings.id],
            )  # fmt: skip
            if question is None:
                log.warning("group %s: no question to post", settings.id)
                continue
            tz = safe_zone(settings.timezone)
            picked.append((settings, question, NewPost(
                group_id=settings.id, local_date=on, timezone=settings.timezone,
                question_id=question.id, posted_at=now,
                closes_at=closes_at(on, settings.post_time, tz, settings.window_minutes, now),
            )))  # fmt: skip
            if n % 200 == 0:
                await asyncio.sleep(0)  # let sends and clicks in between picks
        made = await self._repo.create_posts([new for _, _, new in picked])
        out: dict[int, DailyPost] = {}
        for (settings, question, _), post in zip(picked, made, strict=True):
            if post is not None:  # None: another caller made it, and sends it
                out[settings.id] = post
                sends.add(self._send(post, settings, question, now, decks[settings.id]))
        return out

    async def _send(
        self,
        post: DailyPost,
        settings: GroupSettings,
        question: QuestionLike,
        now: datetime,
        deck: LiveContent,
    ) -> bool:
        outbox = self._outboxes[settings.ref.platform]
        if await self._deliver(post, settings, question, outbox, now) is not None:
            return False  # refused for good: the group is paused
        await self.learner.remind(settings, outbox, now, deck)
        return True

    async def _redeliver(self, post: DailyPost, now: datetime) -> None:
        settings = await self._repo.group_by_id(post.group_id)
        if settings is None:
            return
        question = await self.posted_question(settings, post, post.posted_at)
        if question is None:
            return
        outbox = self._outboxes.get(settings.ref.platform)
        if outbox is not None:
            await self._deliver(post, settings, question, outbox, now, resend=True)


class _Sends:
    """Posts handed to their Outbox `width` at a time, while the fan-out
    prepares its next batch."""

    def __init__(self, width: int) -> None:
        self._width = width
        self._queue: asyncio.Queue[Awaitable[bool] | None] = asyncio.Queue()
        self._workers: list[asyncio.Task[None]] = []
        self._done = 0

    def add(self, step: Awaitable[bool]) -> None:
        self._queue.put_nowait(step)
        if len(self._workers) < self._width:
            self._workers.append(asyncio.create_task(self._work()))

    async def _work(self) -> None:
        while (step := await self._queue.get()) is not None:
            try:
                sent = await step
            except Exception:
                log.exception("daily post failed")
                continue
            self._done += sent  # (not `+= await`: that reads the count before waiting)

    async def finish(self) -> int:
        """Wait for every send; how many posts went out."""
        for _ in self._workers:
            self._queue.put_nowait(None)
        await asyncio.gather(*self._workers)
        return self._done

    def cancel(self) -> None:
        for worker in self._workers:
            worker.cancel()
        while not self._queue.empty():  # never started: closed, not "never awaited"
            step = self._queue.get_nowait()
            if isinstance(step, Coroutine):
                step.close()


async def _each(
    steps: Sequence[Awaitable[object]], width: int = CATCH_UP_WIDTH
) -> list[object]:
    """Await every step, `width` at a time; a failed step's result is None.
    `width` workers take the steps in turn (not one task per step behind a
    semaphore: with 10,000 steps waiting, each release scanned the waiters)."""
    results: list[object] = [None] * len(steps)
    queue = iter(enumerate(steps))

    async def worker() -> None:
        for i, step in queue:
            try:
                results[i] = await step
            except Exception:
                log.exception("daily step failed")

    try:
        await asyncio.gather(*(worker() for _ in range(min(width, len(steps)))))
    finally:  # cancelled: the steps never started are closed, not left "never awaited"
        for _, step in queue:
            if isinstance(step, Coroutine):
                step.close()
    return results
