# Two commands for a fresh machine: `make run` and `make test` (see README.md).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# The hub's one base URL for links in emails (review emails, confirmation links, written by the
# server and the workers): where `make serve` listens, unless the environment says otherwise.
# Never in production, which must be given its public address (the settings refuse to start
# without it): a `make worker` there mailed signers links to 127.0.0.1.
ifneq ($(DJANGO_ENV),production)
serve worker admin: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)
endif

.PHONY: install migrate demo admin serve worker run browser test bench bench-search prod-check lint format messages openapi examples typed-client

$(PY):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found); set PYTHON=/path/to/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Installs the pinned ranges of pyproject.toml (tests and lint tools included) and compiles
# the ru/kk message catalogues in locale/.
install: $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	$(MANAGE) compile_translations

migrate: install
	$(MANAGE) migrate --no-input

# Seeding runs its background work (search index, reference index) in place: the demo is complete
# the moment the command ends.
demo: migrate
	TASKS_BACKEND=immediate $(MANAGE) seed_demo

admin: migrate
	$(MANAGE) ensure_admin --url $(WAGTAILADMIN_BASE_URL)/admin/

# The development server, with a task worker beside it (TASKS_BACKEND=database, the default), so
# confirmation emails and exports flow with no extra step; Ctrl-C stops both.
serve:
	@if [ "$${TASKS_BACKEND:-database}" = database ]; then \
		$(MANAGE) db_worker --no-reload --interval 1 & worker=$$!; \
		trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
		$(MANAGE) runserver $(HOST):$(PORT); \
	else \
		$(MANAGE) runserver $(HOST):$(PORT); \
	fi

# One task worker (emails, exports, purges, webhooks, index updates); run as many as needed.
# TASKS_BACKEND=rq starts an RQ worker on REDIS_URL and, beside it, a worker for the database
# queue that takes the tasks Redis could not (cms/task_backends.py) and the outbox sweeper
# (emails whose task never reached a queue, every 60 s). A worker that stops is started again
# after 5 s, as a supervisor would: db_worker exits when the database restarts, and an RQ worker
# cannot start while Redis is down. Ctrl-C stops them all.
KEEP = until $(1); do echo "$(2) stopped; starting it again in 5 s"; sleep 5; done
worker:
	@trap 'kill 0' EXIT; trap 'exit 130' INT TERM; \
	if [ "$${TASKS_BACKEND:-database}" = rq ]; then \
		( $(call KEEP,$(MANAGE) db_worker --no-reload --backend fallback,The database queue's worker) ) & \
		( $(call KEEP,$(MANAGE) deliver_outbox --every 60,The outbox sweeper) ) & \
		$(call KEEP,$(MANAGE) rqworker default --with-scheduler --job-class django_tasks_rq.backend.Job,The RQ worker); \
	else \
		$(call KEEP,$(MANAGE) db_worker --no-reload,The task worker); \
	fi

run: install migrate demo admin serve

# Debian's Chromium for the browser tests (tests/e2e), installed with apt-get when missing (as
# root, else through sudo). Playwright never downloads a browser of its own.
CHROMIUM ?= /usr/bin/chromium
browser:
	@if [ ! -x "$(CHROMIUM)" ]; then \
		command -v apt-get >/dev/null 2>&1 || { echo "The browser tests need Chromium at $(CHROMIUM) and this machine has no apt-get: install Chromium and run make test CHROMIUM=/path/to/chromium"; exit 1; }; \
		if [ "$$(id -u)" = 0 ]; then sudo=""; \
		elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; \
		else echo "The browser tests need Debian's chromium package: run 'apt-get install chromium' as root (no sudo here)"; exit 1; fi; \
		echo "Installing Debian's chromium package for the browser tests (tests/e2e)..."; \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null || { \
			echo "Could not install Debian's chromium package: the browser tests need it (or CHROMIUM=/path/to/chromium)"; exit 1; }; \
	fi
	@[ -x "$(CHROMIUM)" ] || { echo "No Chromium at $(CHROMIUM) after installing Debian's chromium package"; exit 1; }

# The whole suite, browser tests (tests/e2e) included; PYTEST_ARGS=--screenshots saves their
# final screens (the option is loaded for every run through pyproject's addopts).
test: install browser
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 TENDIK_CHROMIUM=$(CHROMIUM) \
		$(PY) -m pytest $(PYTEST_ARGS)

# Requests/s of the public API next to Wagtail's API v2 (tests/benchmarks/api_bench.py), then
# petition signatures/s next to PostgreSQL's raw INSERT rate, and event registrations/s, with the count checks
# (tests/benchmarks/petition_bench.py; fails if a signature or registration is lost or doubled,
# or a seat is given past the capacity), then social
# posts claimed/s by concurrent schedulers (tests/benchmarks/scheduler_bench.py; fails if a post
# is claimed or reported twice, or not at all), each in a throwaway PostgreSQL database. Quick run:
#   make bench BENCH_ARGS="--pages-per-locale 50 --duration 2" PETITION_BENCH_ARGS=--quick \
#     SCHEDULER_BENCH_ARGS=--quick
bench: install
	DATABASE_URL="$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}" \
		$(PY) tests/benchmarks/api_bench.py $(BENCH_ARGS)
	DATABASE_URL="$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}" \
		$(PY) tests/benchmarks/petition_bench.py $(PETITION_BENCH_ARGS)
	DATABASE_URL="$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}" \
		$(PY) tests/benchmarks/scheduler_bench.py $(SCHEDULER_BENCH_ARGS)

# Search latency in the worst case (tests/benchmarks/search_bench.py): 2,000 pages per language,
# queries matching nearly all of them, p50/p95 per query and overall (target p95 ≤ 30 ms), in a
# throwaway PostgreSQL database. Quick run: make bench-search SEARCH_BENCH_ARGS="--pages-per-locale 100 --requests 20"
bench-search: install
	DATABASE_URL="$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}" \
		$(PY) tests/benchmarks/search_bench.py $(SEARCH_BENCH_ARGS)

# The production configuration, run for real against the local PostgreSQL and Redis and an S3
# server (ops/prod_check.py).
prod-check: install
	DATABASE_URL="$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}" \
	REDIS_URL="$${REDIS_URL:-redis://127.0.0.1:6379/0}" \
		$(PY) -m ops.prod_check

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Refresh locale/*/LC_MESSAGES/django.po from the code (needs GNU gettext's xgettext).
messages: install
	$(MANAGE) makemessages --locale ru --locale kk --no-obsolete \
		--ignore '.venv/*' --ignore 'tests/*' --ignore 'home/demo/content/*'

# Regenerate the front-end contract: the OpenAPI document (a test fails when it is stale) and the
# example responses, which come from the demo content (run `make demo` first).
openapi: install
	$(MANAGE) spectacular --lang en --file frontend_contract/openapi.yaml --validate --fail-on-warn

# TypeScript from openapi.yaml (openapi-typescript) compiles a typed call to every operation with
# tsc --strict; needs Node.js and npm (frontend_contract/typed_client/check.sh).
typed-client:
	bash frontend_contract/typed_client/check.sh

examples: install
	$(MANAGE) export_api_examples
