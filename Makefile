# TGE Swarm: `make demo` and `make test` work on a fresh clone (they create .venv first).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Coverage floor of the suite (in-process code); it only rises.
COV_FLOOR ?= 85

# The scorer's hot modules, compiled with mypyc next to their sources (swarm/detection/native.py
# runs the sources instead whenever they changed after the build).
NATIVE_SOURCES := $(addprefix swarm/detection/,$(addsuffix .py,dates explain features folding \
	gates lead_event matcher provenance rejects scoping scorer subject))
NATIVE := swarm/detection/compiled.json

.PHONY: setup compile demo test lint typecheck security unit integration bench clean \
	compose-up compose-down test-containers

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c requirements.lock -e ".[dev]"
	touch $(STAMP)

$(NATIVE): $(STAMP) $(NATIVE_SOURCES) scripts/compile_detection.py
	$(BIN)/python scripts/compile_detection.py

setup: $(STAMP) $(NATIVE)

compile: $(STAMP)
	$(BIN)/python scripts/compile_detection.py --strict

demo: setup
	$(BIN)/swarm demo

lint: setup
	$(BIN)/ruff check .

typecheck: setup
	$(BIN)/mypy swarm tasks workers celeryconfig.py beat_schedule.py

# Static security check: any finding of medium severity or above fails the build.
security: setup
	$(BIN)/bandit -r swarm tasks workers -ll -q

# The suite runs the scorer from its sources, where coverage can see it; the detection tests then
# run again on the compiled build (test_native.py checks both builds decide alike).
# The pytest-celery contract tests need that plugin on (the rest of the suite runs without it:
# it would start its own containers per test); they skip and say why where no engine runs.
test: setup lint typecheck security
	SWARM_DETECTION_PURE=1 $(BIN)/pytest -p no:celery --cov --cov-report=term:skip-covered \
		--cov-fail-under=$(COV_FLOOR)
	$(BIN)/pytest -p no:celery -q tests/unit/detection
	$(BIN)/pytest -m docker tests/celery_plugin

unit: setup
	$(BIN)/pytest -p no:celery tests/unit

integration: setup
	$(BIN)/pytest -p no:celery tests/integration

# The container suite alone (marker `docker`), with the pytest-celery plugin on (its tests in
# tests/celery_plugin skip elsewhere): needs a Docker engine (DOCKER_HOST) and docker-compose;
# each test skips and says why when none answers.
test-containers: setup
	$(BIN)/pytest -m docker

# The compose stack (docker-compose.yml) with the secrets of `.env` (see .env.example).
COMPOSE ?= $(shell command -v docker-compose >/dev/null 2>&1 && echo docker-compose || echo docker compose)

compose-up:
	@test -f .env || { echo "no .env: copy .env.example to .env and fill it in"; exit 2; }
	$(COMPOSE) up -d --build

compose-down:
	$(COMPOSE) down

bench: setup
	$(BIN)/python benchmarks/scoring.py --json
	$(BIN)/python benchmarks/locks.py --json
	$(BIN)/python benchmarks/pipeline.py --json
	$(BIN)/python benchmarks/recovery.py --json

clean:
	-$(BIN)/python scripts/compile_detection.py --clean
	rm -rf $(VENV) .coverage .coverage.* .pytest_cache .mypy_cache .ruff_cache
