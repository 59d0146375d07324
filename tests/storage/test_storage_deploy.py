"""docker-compose.yml: PostgreSQL plus two bot processes that split the Discord
shards between them and share the database (checked without Docker)."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.adapters.discord.shards import parse_shards
from bot.storage.sql import is_postgres_url

ROOT = Path(__file__).resolve().parents[2]


def test_compose_runs_postgres_and_two_bots_on_disjoint_shards() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert services["db"]["image"].startswith("postgres:")
    bots = {name: svc for name, svc in services.items() if name.startswith("bot")}
    assert len(bots) == 2
    covered: list[int] = []
    counts = set()
    for svc in bots.values():
        url = svc["environment"]["STUDYBOT_DATABASE"]
        assert is_postgres_url(url) and "@db:5432/" in url
        assert svc["depends_on"]["db"]["condition"] == "service_healthy"
        command = svc["command"]
        assert command[:2] == ["studybot", "run"]
        shards = parse_shards(
            command[command.index("--shards") + 1], int(command[command.index("--shard-count") + 1])
        )
        assert shards is not None
        covered += shards.ids
        counts.add(shards.count)
    [count] = counts
    assert sorted(covered) == list(range(count))  # every shard once, no process twice


def test_readme_documents_the_compose_file() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docker compose up" in readme and "docker-compose.yml" in readme


def test_the_bots_share_one_bank_cache() -> None:
    """A deck's bank built by one process is read by the other at its start:
    both mount one volume where the cache is by default (data/cache beside the
    image's working directory) and the image lets the bot write there."""
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    bots = [svc for name, svc in compose["services"].items() if name.startswith("bot")]
    mounts = {tuple(svc.get("volumes", ())) for svc in bots}
    assert len(mounts) == 1
    [volumes] = mounts
    [shared] = [v.split(":")[0] for v in volumes if v.split(":")[1] == "/app/data/cache"]
    assert shared in compose["volumes"]
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert "WORKDIR /app" in dockerfile and "/app/data/cache" in dockerfile
