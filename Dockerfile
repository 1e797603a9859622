# One image for every pool, beat and Flower: the command picks the role
# (`celery -A swarm worker -Q <queue> ...`, `celery -A swarm beat`, `python -m swarm.flower`).

# Build stage: the project as a wheel (the build backend stays here).
FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml requirements.lock README.md ./
COPY swarm ./swarm
COPY tasks ./tasks
COPY workers ./workers
COPY celeryconfig.py beat_schedule.py ./
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels .

# Runtime: the wheel and its runtime dependencies at the pinned versions; no sources, no
# dev extras. A non-root user whose state directory (beat's schedule file, logs) exists.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
COPY --from=build /wheels /tmp/wheels
COPY requirements.lock /tmp/requirements.lock
RUN pip install --no-cache-dir --disable-pip-version-check -c /tmp/requirements.lock /tmp/wheels/*.whl \
 && rm -rf /tmp/wheels /tmp/requirements.lock \
 && useradd --create-home --uid 1000 swarm \
 && install -d -o swarm -g swarm -m 0750 /home/swarm/state
USER swarm
WORKDIR /home/swarm
ENV SWARM_STATE_DIR=/home/swarm/state
# A worker container is healthy while a Celery worker of this host answers a control ping
# (compose and the Docker pool backend run one worker per container; beat and Flower
# override this check, migrate turns it off).
HEALTHCHECK --interval=30s --timeout=15s --start-period=60s --retries=3 \
  CMD ["python", "-m", "workers.ping"]
CMD ["swarm", "--help"]
