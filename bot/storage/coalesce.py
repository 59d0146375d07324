"""Coalescing: concurrent calls of one operation answered by one SQL statement.

Every statement through aiosqlite costs a trip to its thread and back (~20-50
µs), which dominates when 10,000 groups post at the same minute. A `Coalescer`
queues the keys of concurrent calls and runs one batch function for all of them
(`WHERE id IN (...)`, a multi-row INSERT ... RETURNING, an executemany), so a
burst costs a handful of statements instead of one per call. A lone call is a
batch of one.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
R = TypeVar("R")

MAX_BATCH = 400  # keeps IN lists and multi-row VALUES under SQLite's variable limit


class Coalescer(Generic[K, R]):
    """`await c(key)` -> the result of `run(keys)[key]`, many keys per `run`.

    When the same key is asked twice in one batch, the first caller gets the
    result and later ones get `repeat` if given (for "claim" operations, where
    only one caller may win), else the same result.
    """

    def __init__(
        self,
        run: Callable[[list[K]], Awaitable[dict[K, R]]],
        *,
        missing: R,
        repeat: Callable[[R], R] | None = None,
    ) -> None:
        self._run = run
        self._missing = missing
        self._repeat = repeat
        self._pending: list[tuple[K, asyncio.Future[R]]] = []
        self._task: asyncio.Task[None] | None = None

    async def __call__(self, key: K) -> R:
        future: asyncio.Future[R] = asyncio.get_running_loop().create_future()
        self._pending.append((key, future))
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._flush())
        return await future

    async def drain(self) -> None:
        while self._task is not None and not self._task.done():
            await asyncio.shield(self._task)

    async def _flush(self) -> None:
        while self._pending:
            batch, self._pending = self._pending[:MAX_BATCH], self._pending[MAX_BATCH:]
            keys = list(dict.fromkeys(key for key, _ in batch))
            try:
                results = await self._run(keys)
            except Exception as exc:
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            seen: set[K] = set()
            for key, future in batch:
                value = results.get(key, self._missing)
                if key in seen and self._repeat is not None:
                    value = self._repeat(value)
                seen.add(key)
                if not future.done():
                    future.set_result(value)
