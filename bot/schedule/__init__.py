"""The daily scheduler: APScheduler 3.11 behind `DailyScheduler` (a `ScheduleListener`)."""

from bot.schedule.scheduler import DailyScheduler, daily_trigger, job_id

__all__ = ["DailyScheduler", "daily_trigger", "job_id"]
