# Two commands set everything up on a fresh machine:
#   make run    virtualenv + pinned requirements, SQLite migrated, demo content loaded, site on :8000
#   make test   the whole test suite, browser tests included (skipped locally when Chromium is missing)
#   make test-fast  the same without the browser tests
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: help run test test-fast test-postgres lint format messages clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-14s %s\n", $$1, $$2}'

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

run: $(STAMP)  ## migrate SQLite, load the demo content and serve http://127.0.0.1:8000
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py runserver 127.0.0.1:8000

test: $(STAMP)  ## run the whole test suite (set DATABASE_URL for PostgreSQL)
	$(PY) -m pytest $(PYTEST_ARGS)

test-fast: $(STAMP)  ## the test suite without the browser tests (the quick loop while working)
	$(PY) -m pytest -m "not browser" $(PYTEST_ARGS)

lint: $(STAMP)  ## ruff check and format check, and the apps' import layers
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: $(STAMP)  ## apply ruff's fixes and formatting
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

messages: $(STAMP)  ## refresh the Ukrainian .po files and compile them
	$(PY) manage.py makemessages -l uk --ignore='.venv/*' --ignore='tests/*' --ignore='bench/*'
	$(PY) manage.py compilemessages -l uk --ignore='.venv/*'

clean:  ## remove the virtualenv, the SQLite database and uploaded media
	rm -rf $(VENV) db.sqlite3 media .test-media
