"""APScheduler 3.11 driving the core's tick (`TickScheduler`, a `ScheduleListener`)."""

from bot.schedule.scheduler import TICK_JOB, TickScheduler

__all__ = ["TICK_JOB", "TickScheduler"]
