# The two commands of the README. Each does all of its own set-up on a fresh machine.
#   make run    install, start the embedded broker and the worker, replay seeds/, keep running
#   make test   install what the tests need (Python packages, Debian's prometheus), run them
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test install install-test system-deps lint

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) on PATH (or: make PYTHON=python3 ...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"

# Debian packages the tests use for real: promtool/prometheus (rules, a real scrape) and
# chromium (the status page rendered headless).
system-deps:
	@if ! command -v promtool >/dev/null || ! command -v chromium >/dev/null || ! command -v valgrind >/dev/null; then \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends prometheus chromium valgrind; \
	fi

run: install
	$(BIN)/worker run --replay seeds

test: install-test system-deps
	$(BIN)/ruff check worker topics tests
	$(BIN)/python -m pytest -q -p no:cacheprovider

lint: install-test
	$(BIN)/ruff check worker topics tests
