# Two entry points do all set-up on a fresh machine with Python 3.11:
#   make run   - create .venv, install, run the bot (shell adapter when no tokens are set)
#   make test  - create .venv, install with dev tools, lint, type-check, run all tests
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench sim soak clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) on PATH (or: make PYTHON=python3 ...)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/studybot run

lint: $(STAMP)
	$(BIN)/ruff check bot tests bench
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

# Both engines in one run; SCALE=0.1 shrinks the large sizes for a quick run.
bench: $(STAMP)
	$(BIN)/python -m bench $(if $(SCALE),--scale $(SCALE))

# The learning engine measured by simulation (issue 18): six seeds, ~10 min.
sim: $(STAMP)
	$(BIN)/python -m bench.sim --seeds 6

soak: $(STAMP)
	$(BIN)/pytest -m soak tests

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
