"""Daily posts and each group's question history.

Built for the daily fan-out (thousands of groups due at the same minute): the
per-post operations are coalesced (one statement serves every concurrent call,
see coalesce.py) and what this process wrote is cached (it is the only writer,
see store.py). Caches change only after the writing transaction committed. On a
shared database (several processes) nothing here is cached.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime

from bot.core.records import DailyPost, NewPost
from bot.storage.coalesce import MAX_BATCH, Coalescer
from bot.storage.convert import POST_COLUMNS, day, dt, post_from_row, ts
from bot.storage.sql import Conn, SqlDatabase

_POST_COLUMNS = POST_COLUMNS  # (post_from_row reads them in this order)
_NO_POST = object()  # cache marker: the group has no post at all

# (group_id, local date, timezone, question_id, posted_at, closes_at), dates as text
_NewPost = tuple[int, str, str, str, str, str]


def _marks(n: int) -> str:
    return ",".join("?" * n)


def _by_id(key: tuple[int, str | None]) -> int:
    return key[0]


def _post_with(
    post: DailyPost, *, message_ref: str | None, delivered: bool, revealed_at: datetime | None
) -> DailyPost:
    """The post with the fields this store writes after creating it: built
    directly, as `dataclasses.replace` would (which walks the fields first, twice
    the cost; a restart updates 20,000 held posts)."""
    return DailyPost(
        id=post.id,
        group_id=post.group_id,
        local_date=post.local_date,
        question_id=post.question_id,
        posted_at=post.posted_at,
        closes_at=post.closes_at,
        message_ref=message_ref,
        delivered=delivered,
        revealed_at=revealed_at,
        timezone=post.timezone,
    )


def _revealed(post: DailyPost, at: datetime) -> DailyPost:
    return _post_with(post, message_ref=post.message_ref, delivered=post.delivered, revealed_at=at)


class PostStore:
    def __init__(self, db: SqlDatabase) -> None:
        self.db = db
        self._posts: dict[int, DailyPost] = {}
        self._latest: dict[int, DailyPost | object] = {}
        self._history: dict[int, dict[str, date]] = {}
        self._created: dict[int, int] = {}  # posts created per group (stale-load guard)
        self._create = Coalescer[_NewPost, DailyPost | None](
            self._create_many, missing=None, repeat=lambda _: None
        )
        self._deliver = Coalescer[tuple[int, str | None], None](self._deliver_many, missing=None)
        self._postpone = Coalescer[tuple[int, str], None](self._postpone_many, missing=None)
        self._claim = Coalescer[tuple[int, str], bool](
            self._claim_many, missing=False, repeat=lambda _: False
        )
        self._counts = Coalescer[int, dict[int, int]](self._counts_many, missing={})
        self._load_latest = Coalescer[int, DailyPost | None](self._latest_many, missing=None)
        self._load_history = Coalescer[int, dict[str, date]](self._history_many, missing={})
        self._load_posts = Coalescer[int, DailyPost | None](self._posts_many, missing=None)

    # --- batch statements ----------------------------------------------------

    async def _create_many(self, keys: list[_NewPost]) -> dict[_NewPost, DailyPost | None]:
        # Rows in key order: processes inserting overlapping keys at once then
        # wait for each other in one order, never in a cycle (a deadlock).
        ordered = sorted(keys)

        async def job(conn: Conn) -> list[DailyPost]:
            made: list[DailyPost] = []
            for start in range(0, len(ordered), MAX_BATCH):
                part = ordered[start : start + MAX_BATCH]
                rows = await conn.execute_fetchall(
                    "INSERT INTO daily_posts (group_id, local_date, timezone, question_id,"
                    " posted_at, closes_at, attempt_at)"
                    f" VALUES {','.join(['(?, ?, ?, ?, ?, ?, ?)'] * len(part))}"
                    " ON CONFLICT (group_id, timezone, local_date) DO NOTHING"
                    f" RETURNING {_POST_COLUMNS}",
                    [value for key in part for value in (*key, key[4])],  # first attempt: now
                )
                made.extend(post_from_row(row) for row in rows)
            return made

        made = {
            (p.group_id, p.local_date.isoformat(), p.timezone): p for p in await self.db.write(job)
        }
        out: dict[_NewPost, DailyPost | None] = {}
        for key in keys:  # a second claim of the same group, zone and date gets None
            out[key] = made.pop((key[0], key[1], key[2]), None)
        return out

    async def _deliver_many(
        self, keys: list[tuple[int, str | None]]
    ) -> dict[tuple[int, str | None], None]:
        async def job(conn: Conn) -> None:
            if self.db.shared and len(keys) > 1:
                # PostgreSQL: one statement for the batch; run once per post (as
                # executemany does), 100,000 sends cost the server seconds.
                await conn.execute(
                    "UPDATE daily_posts SET delivered = 1, message_ref = v.ref FROM (VALUES"
                    f" {','.join(['(CAST(? AS BIGINT), CAST(? AS TEXT))'] * len(keys))})"
                    " AS v(id, ref) WHERE daily_posts.id = v.id",
                    [part for post_id, ref in sorted(keys, key=_by_id) for part in (post_id, ref)],
                )
                return
            await conn.executemany(
                "UPDATE daily_posts SET delivered = 1, message_ref = ? WHERE id = ?",
                [(ref, post_id) for post_id, ref in keys],
            )

        await self.db.write(job)
        return {}

    async def _postpone_many(self, keys: list[tuple[int, str]]) -> dict[tuple[int, str], None]:
        async def job(conn: Conn) -> None:
            await conn.executemany(
                "UPDATE daily_posts SET attempt_at = ? WHERE id = ? AND delivered = 0",
                [(at, post_id) for post_id, at in keys],
            )

        await self.db.write(job)
        return {}

    async def _claim_many(self, keys: list[tuple[int, str]]) -> dict[tuple[int, str], bool]:
        first: dict[int, tuple[int, str]] = {}
        for key in sorted(keys):  # (by id: one lock order; a repeat keeps its earliest time)
            first.setdefault(key[0], key)
        at = min(stamp for _, stamp in keys)  # one statement, one time: the earliest

        async def job(conn: Conn) -> set[int]:
            rows = await conn.execute_fetchall(
                f"UPDATE daily_posts SET revealed_at = ? WHERE id IN ({_marks(len(first))})"
                " AND revealed_at IS NULL RETURNING id",
                [at, *first],
            )
            return {int(row[0]) for row in rows}

        won = await self.db.write(job)
        return {key: key[0] in won and first[key[0]] == key for key in keys}

    async def _counts_many(self, post_ids: list[int]) -> dict[int, dict[int, int]]:
        rows = await self.db.fetchall(
            "SELECT post_id, choice, COUNT(*) AS n FROM answers"
            f" WHERE post_id IN ({_marks(len(post_ids))}) GROUP BY post_id, choice",
            post_ids,
        )
        out: dict[int, dict[int, int]] = {post_id: {} for post_id in post_ids}
        for row in rows:
            out[int(row["post_id"])][int(row["choice"])] = int(row["n"])
        return out

    async def _latest_many(self, group_ids: list[int]) -> dict[int, DailyPost | None]:
        rows = await self.db.fetchall(
            f"SELECT {', '.join('p.' + c.strip() for c in _POST_COLUMNS.split(','))}"
            " FROM daily_posts p JOIN (SELECT MAX(id) AS last"
            f" FROM daily_posts WHERE group_id IN ({_marks(len(group_ids))}) GROUP BY group_id) m"
            " ON p.id = m.last",
            group_ids,
        )
        # A post this process already holds is reused, not built again: it is
        # the only writer, so its copy is current (a restart's fan-out reads
        # the latest posts its reveals just loaded). Shared: nothing is held.
        held = self._posts
        out: dict[int, DailyPost | None] = {}
        for row in rows:
            post = held.get(row["id"])
            out[int(row["group_id"])] = post_from_row(row) if post is None else post
        return out

    async def _posts_many(self, post_ids: list[int]) -> dict[int, DailyPost | None]:
        rows = await self.db.fetchall(
            f"SELECT {_POST_COLUMNS} FROM daily_posts WHERE id IN ({_marks(len(post_ids))})",
            post_ids,
        )
        return {int(row["id"]): post_from_row(row) for row in rows}

    async def _history_many(self, group_ids: list[int]) -> dict[int, dict[str, date]]:
        rows = await self.db.fetchall(
            "SELECT group_id, question_id, MAX(local_date) AS last FROM daily_posts"
            f" WHERE group_id IN ({_marks(len(group_ids))}) GROUP BY group_id, question_id",
            group_ids,
        )
        out: dict[int, dict[str, date]] = {group_id: {} for group_id in group_ids}
        for row in rows:
            out[int(row["group_id"])][row["question_id"]] = day(row["last"])
        return out

    # --- the Repository methods ------------------------------------------------

    async def question_history(self, group_id: int) -> Mapping[str, date]:
        if self.db.shared:
            return await self._load_history(group_id)
        cached = self._history.get(group_id)
        if cached is None:
            created = self._created.get(group_id, 0)
            loaded = await self._load_history(group_id)
            cached = self._history.get(group_id)
            if cached is None:
                if self._created.get(group_id, 0) != created:
                    return loaded  # a post was made meanwhile: do not cache a stale view
                cached = self._history[group_id] = dict(loaded)
        return cached

    def _cache_post(self, post: DailyPost) -> None:
        if self.db.shared:
            return
        if len(self._posts) > 50_000:
            self._posts.clear()
        self._posts[post.id] = post
        latest = self._latest.get(post.group_id)
        if latest is _NO_POST or (
            isinstance(latest, DailyPost) and latest.id <= post.id
        ):
            self._latest[post.group_id] = post

    async def create_post(
        self,
        *,
        group_id: int,
        local_date: date,
        timezone: str,
        question_id: str,
        posted_at: datetime,
        closes_at: datetime,
    ) -> DailyPost | None:
        key = (
            group_id,
            local_date.isoformat(),
            timezone,
            question_id,
            ts(posted_at),
            ts(closes_at),
        )
        post = await self._create(key)
        if post is not None:
            self._created[group_id] = self._created.get(group_id, 0) + 1
            self._cache_post(post)
            history = self._history.get(group_id)
            if history is not None and history.get(question_id, date.min) < local_date:
                history[question_id] = local_date
        return post

    async def create_posts(self, posts: Sequence[NewPost]) -> list[DailyPost | None]:
        stamps: dict[datetime, str] = {}  # a fan-out's posts share a few instants

        def stamp(at: datetime) -> str:
            text = stamps.get(at)
            if text is None:
                text = stamps[at] = ts(at)
            return text

        keys = [
            (p.group_id, p.local_date.isoformat(), p.timezone, p.question_id, stamp(p.posted_at),
             stamp(p.closes_at))
            for p in posts
        ]  # fmt: skip
        made = await self._create_many(list(dict.fromkeys(keys)))
        out: list[DailyPost | None] = []
        for key, new in zip(keys, posts, strict=True):
            post = made.pop(key, None)  # a repeated key: only its first gets the post
            out.append(post)
            if post is not None:
                self._created[new.group_id] = self._created.get(new.group_id, 0) + 1
                self._cache_post(post)
                history = self._history.get(new.group_id)
                if history is not None and history.get(new.question_id, date.min) < new.local_date:
                    history[new.question_id] = new.local_date
        return out

    async def latest_posts(self, group_ids: Sequence[int]) -> dict[int, DailyPost]:
        out: dict[int, DailyPost] = {}
        missing: list[int] = []
        for group_id in group_ids:
            cached = None if self.db.shared else self._latest.get(group_id)
            if cached is None:
                missing.append(group_id)
            elif isinstance(cached, DailyPost):
                out[group_id] = cached
        created = dict(self._created)
        loaded: dict[int, DailyPost | None] = {}
        for start in range(0, len(missing), MAX_BATCH):
            loaded.update(await self._latest_many(missing[start : start + MAX_BATCH]))
        for group_id in missing:
            post = loaded.get(group_id)
            if self._created.get(group_id, 0) != created.get(group_id, 0):
                post = await self.latest_post(group_id)  # raced a new post: read again
            elif not self.db.shared and group_id not in self._latest:
                self._latest[group_id] = _NO_POST if post is None else post
            if post is not None:
                out[group_id] = post
        return out

    async def question_histories(self, group_ids: Sequence[int]) -> dict[int, Mapping[str, date]]:
        out: dict[int, Mapping[str, date]] = {}
        missing: list[int] = []
        for group_id in group_ids:
            cached = None if self.db.shared else self._history.get(group_id)
            if cached is None:
                missing.append(group_id)
            else:
                out[group_id] = cached
        created = dict(self._created)
        loaded: dict[int, dict[str, date]] = {}
        for start in range(0, len(missing), MAX_BATCH):
            loaded.update(await self._history_many(missing[start : start + MAX_BATCH]))
        for group_id in missing:
            history = loaded.get(group_id, {})
            if self._created.get(group_id, 0) != created.get(group_id, 0):
                out[group_id] = await self.question_history(group_id)  # raced a new post
                continue
            if not self.db.shared and group_id not in self._history:
                self._history[group_id] = history
            out[group_id] = self._history.get(group_id, history)
        return out

    async def mark_delivered(self, post_id: int, message_ref: str | None) -> None:
        await self._deliver((post_id, message_ref))
        if self.db.shared:
            return  # nothing cached to update (reading the post back cost a query each)
        post = await self.get_post(post_id)
        if post is not None:
            delivered = _post_with(
                post, message_ref=message_ref, delivered=True, revealed_at=post.revealed_at
            )
            self._cache_post(delivered)

    async def postpone_attempt(self, post_id: int, at: datetime) -> None:
        # A fan-out that fails (a platform outage) postpones thousands at once:
        # coalesced into one statement.
        await self._postpone((post_id, ts(at)))

    async def get_post(self, post_id: int) -> DailyPost | None:
        cached = self._posts.get(post_id)
        if cached is not None:
            return cached
        if self.db.shared:  # nothing cached: concurrent reads share one statement
            return await self._load_posts(post_id)
        row = await self.db.fetchone(
            f"SELECT {_POST_COLUMNS} FROM daily_posts WHERE id = ?", (post_id,)
        )
        if row is None:
            return None
        post = post_from_row(row)
        self._cache_post(post)
        return post

    async def latest_post(self, group_id: int) -> DailyPost | None:
        if self.db.shared:
            return await self._load_latest(group_id)
        cached = self._latest.get(group_id)
        if cached is None:
            created = self._created.get(group_id, 0)
            loaded = await self._load_latest(group_id)
            cached = self._latest.get(group_id)
            if cached is None:
                if self._created.get(group_id, 0) != created:
                    return await self.latest_post(group_id)  # raced a new post: load again
                cached = self._latest[group_id] = _NO_POST if loaded is None else loaded
        return cached if isinstance(cached, DailyPost) else None

    async def posts_to_reveal(self, now: datetime) -> list[DailyPost]:
        rows = await self.db.fetchall(
            f"SELECT {_POST_COLUMNS} FROM daily_posts"
            " WHERE revealed_at IS NULL AND closes_at <= ? ORDER BY closes_at",
            (ts(now),),
        )
        posts = [post_from_row(row) for row in rows]
        for post in posts:  # the reveal's claim reads each again: serve it from here
            self._cache_post(post)
        return posts

    async def undelivered_posts(self, now: datetime) -> list[DailyPost]:
        rows = await self.db.fetchall(
            f"SELECT {_POST_COLUMNS} FROM daily_posts"
            " WHERE delivered = 0 AND revealed_at IS NULL AND closes_at > ? ORDER BY id",
            (ts(now),),
        )
        return [post_from_row(row) for row in rows]

    async def claim_undelivered(self, now: datetime, stale_before: datetime) -> list[DailyPost]:
        async def job(conn: Conn) -> list[DailyPost]:
            rows = await conn.execute_fetchall(
                "UPDATE daily_posts SET attempt_at = ? WHERE delivered = 0"
                " AND revealed_at IS NULL AND closes_at > ? AND attempt_at <= ?"
                f" RETURNING {_POST_COLUMNS}",
                (ts(now), ts(now), ts(stale_before)),
            )
            return sorted((post_from_row(row) for row in rows), key=lambda p: p.id)

        return await self.db.write(job)

    async def oldest_undelivered_attempt(self, now: datetime) -> datetime | None:
        row = await self.db.fetchone(
            "SELECT MIN(attempt_at) FROM daily_posts"
            " WHERE delivered = 0 AND revealed_at IS NULL AND closes_at > ?",
            (ts(now),),
        )
        return None if row is None or row[0] is None else dt(row[0])

    async def next_close(self) -> datetime | None:
        row = await self.db.fetchone(
            "SELECT MIN(closes_at) FROM daily_posts WHERE revealed_at IS NULL"
        )
        return None if row is None or row[0] is None else dt(row[0])

    async def claim_reveal(self, post_id: int, at: datetime) -> bool:
        claimed = await self._claim((post_id, ts(at)))
        post = await self.get_post(post_id)
        if claimed and post is not None:
            self._cache_post(_revealed(post, at))
        return claimed

    async def reopen_refused(self, post_id: int, now: datetime) -> DailyPost | None:
        async def job(conn: Conn) -> list[DailyPost]:
            rows = await conn.execute_fetchall(
                "UPDATE daily_posts SET revealed_at = NULL, attempt_at = ?, posted_at = ?"
                " WHERE id = ? AND delivered = 0 AND revealed_at IS NOT NULL AND closes_at > ?"
                f" RETURNING {_POST_COLUMNS}",
                (ts(now), ts(now), post_id, ts(now)),
            )
            return [post_from_row(row) for row in rows]

        reopened = await self.db.write(job)
        for post in reopened:
            self._cache_post(post)
        return reopened[0] if reopened else None

    async def claim_reveals(self, post_ids: Sequence[int], at: datetime) -> set[int]:
        stamp = ts(at)
        ids = sorted(set(post_ids))  # one lock order for processes revealing together
        won: set[int] = set()
        for start in range(0, len(ids), MAX_BATCH):
            part = ids[start : start + MAX_BATCH]
            claimed = await self._claim_many([(post_id, stamp) for post_id in part])
            won.update(post_id for (post_id, _), ok in claimed.items() if ok)
        for post_id in won:
            post = self._posts.get(post_id)
            if post is not None:
                self._cache_post(_revealed(post, at))
        return won

    async def choice_counts_of(self, post_ids: Sequence[int]) -> dict[int, dict[int, int]]:
        out: dict[int, dict[int, int]] = {}
        ids = list(post_ids)
        for start in range(0, len(ids), MAX_BATCH):
            out.update(await self._counts_many(ids[start : start + MAX_BATCH]))
        return out

    async def choice_counts(self, post_id: int) -> dict[int, int]:
        return dict(await self._counts(post_id))

    async def drain_posts(self) -> None:
        for coalescer in (
            self._create,
            self._deliver,
            self._postpone,
            self._claim,
            self._counts,
            self._load_latest,
            self._load_history,
            self._load_posts,
        ):
            await coalescer.drain()
