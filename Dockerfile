# One image for every pool, beat and flower: `celery -A swarm ...` picks the role.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml requirements.lock README.md ./
COPY swarm ./swarm
COPY tasks ./tasks
COPY workers ./workers
COPY celeryconfig.py beat_schedule.py ./
RUN pip install --no-cache-dir -c requirements.lock . \
 && useradd --create-home --uid 1000 swarm
USER swarm
ENV SWARM_STATE_DIR=/home/swarm/state
CMD ["swarm", "--help"]
