FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY migrations ./migrations
COPY content ./content
RUN pip install --no-cache-dir . && useradd --create-home studybot && mkdir -p /app/data && chown studybot /app/data
USER studybot
VOLUME ["/app/data"]
ENV STUDYBOT_DATABASE=/app/data/studybot.db
CMD ["studybot", "run"]
