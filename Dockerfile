# Studybot: one image for Discord, Slack (Socket Mode or HTTP) and the shell.
#   docker build -t studybot .
#   docker run -d --name studybot --env-file .env \
#     -v studybot-data:/app/data -v "$PWD/my-notes:/notes:ro" -e STUDYBOT_CONTENT_DIR=/notes \
#     -p 3000:3000 studybot
# The seed deck and the migrations are inside the installed package; your own
# notes come in as a volume (README: Docker). Without a token the container
# stops at once with one line naming the variables to set (exit status 1).
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
# NanumGothic: the report chart's Hangul labels (koreanize-matplotlib also
# ships it; the system font covers any other text matplotlib draws).
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-nanum \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml setup.py MANIFEST.in README.md ./
COPY bot ./bot
COPY migrations ./migrations
COPY content ./content
# A plain (not editable) install: content/ and migrations/ go into the package.
RUN pip install --no-cache-dir . \
    && rm -rf /app/bot /app/migrations /app/content build \
    && useradd --create-home studybot \
    && mkdir -p /app/data/cache /notes \
    && chown studybot /app/data /app/data/cache
USER studybot
VOLUME ["/app/data"]
ENV STUDYBOT_DATABASE=/app/data/studybot.db
# Slack HTTP mode (STUDYBOT_SLACK_PORT); Socket Mode and Discord need no port.
EXPOSE 3000
# `studybot run` touches a heartbeat beside the database every 30 s while its
# scheduler and adapters run; `studybot health` fails when it is stale.
HEALTHCHECK --interval=60s --timeout=10s --start-period=120s --retries=3 \
    CMD ["studybot", "health"]
CMD ["studybot", "run"]
