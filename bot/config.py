"""Settings from the environment and `.env`: the only reader of os.environ.

Secrets are `SecretStr` so that they never show up in logs or reprs.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr
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
    content_dir: Path = Path("content")
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


def load_settings() -> Settings:
    return Settings()
