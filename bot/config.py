"""Settings from the environment and `.env`: the only reader of os.environ.

Secrets are `SecretStr` so that they never show up in logs or reprs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import AliasChoices, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _platform_env(name: str) -> AliasChoices:
    # Platform credentials keep the names their own docs use (DISCORD_TOKEN,
    # SLACK_BOT_TOKEN, ...) rather than taking the STUDYBOT_ prefix.
    return AliasChoices(name, name.lower())


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="STUDYBOT_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        populate_by_name=True,
    )

    database: Path = Path("data/studybot.db")
    # STUDYBOT_DATABASE=postgresql://... lands here (a Path would eat its "//"):
    # PostgreSQL for several processes; the SQLite file stays the default.
    # A SecretStr: the URL may carry a password.
    database_url: SecretStr | None = None
    # The host's decks (a folder of .md files and vaults, bot/decks/library.py);
    # unset: only the seed deck that ships with the package.
    content_dir: Path | None = None
    default_deck: str | None = None
    # Built question banks kept between starts and shared by the processes
    # (bot/decks/cache.py); unset: a `cache` folder next to the database file.
    # STUDYBOT_BANK_CACHE=false builds every bank at every start.
    cache_dir: Path | None = None
    bank_cache: bool = True
    log_level: str = "INFO"
    default_timezone: str = "Asia/Seoul"
    default_post_time: str = "09:00"
    default_language: str = "ko"

    discord_token: SecretStr | None = Field(None, validation_alias=_platform_env("DISCORD_TOKEN"))
    slack_bot_token: SecretStr | None = Field(
        None, validation_alias=_platform_env("SLACK_BOT_TOKEN")
    )
    slack_app_token: SecretStr | None = Field(
        None, validation_alias=_platform_env("SLACK_APP_TOKEN")
    )
    slack_signing_secret: SecretStr | None = Field(
        None, validation_alias=_platform_env("SLACK_SIGNING_SECRET")
    )
    slack_client_id: str | None = Field(None, validation_alias=_platform_env("SLACK_CLIENT_ID"))
    slack_client_secret: SecretStr | None = Field(
        None, validation_alias=_platform_env("SLACK_CLIENT_SECRET")
    )
    slack_port: int = 3000

    @model_validator(mode="before")
    @classmethod
    def _postgres_url(cls, data: Any) -> Any:
        if isinstance(data, dict):
            value = data.get("database")
            if isinstance(value, str) and value.startswith(("postgresql://", "postgres://")):
                data = {k: v for k, v in data.items() if k != "database"}
                data["database_url"] = value
        return data

    @property
    def store_target(self) -> Path | str:
        """What the store opens: the PostgreSQL URL when one is set, else the SQLite file."""
        if self.database_url is not None and self.database_url.get_secret_value():
            return self.database_url.get_secret_value()
        return self.database


def load_settings() -> Settings:
    return Settings()
