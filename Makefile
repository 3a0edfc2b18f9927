# Two entry points (README.md): `make run` and `make test`. Each creates its own virtualenv.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PORT ?= 8000
# `make pytest` fails under this share of lines covered (the suite measured 93% when it was set)
COVERAGE_FLOOR ?= 90

.PHONY: run test install install-test browser check lint typecheck audit pytest bench bench-ops clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'

# Debian's Chromium for the browser tests (never downloaded by Playwright).
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

run: install
	$(BIN)/trolyao ingest
	$(BIN)/trolyao serve --port $(PORT)

test: install-test browser check

lint:
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

typecheck:
	$(BIN)/mypy

# pip-audit over the installed packages; says loudly when no vulnerability database is reachable
# (AUDIT_STRICT=1 makes that a failure too); a known vulnerability fails the check.
audit:
	$(BIN)/python .ci/audit.py

pytest:
	HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 ANONYMIZED_TELEMETRY=False \
	$(BIN)/pytest -q --cov --cov-report=term:skip-covered --cov-fail-under=$(COVERAGE_FLOOR)

check: lint typecheck audit pytest

bench:
	$(BIN)/python -m bench.retrieval_bench
	$(BIN)/python -m bench.ingest_bench
	$(BIN)/python -m bench.tickets_bench
	$(BIN)/python -m bench.channels_bench

# The production profile (PostgreSQL on 127.0.0.1:5432, a Chroma server it starts): load, a 30-minute soak,
# faults. The fault runs restart the local PostgreSQL (pg_ctlcluster): never run them where others test.
bench-ops:
	$(BIN)/python -m bench.load_bench
	$(BIN)/python -m bench.soak_bench --minutes 30
	$(BIN)/python -m bench.fault_bench

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache .coverage
