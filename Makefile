# Every target creates the virtual environment itself: `make site` and
# `make test` are the only two commands a fresh clone needs.
VENV    ?= .venv
PYTHON  ?= python3
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
HOST    ?= 127.0.0.1
PORT    ?= 8000
CHROMIUM := /usr/bin/chromium

export NO_MKDOCS_2_WARNING := 1

.PHONY: venv site serve test test-unit check lint format schema bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

# The address the site is published at (README, "Publishing"), from the command line or
# the environment. Without it `make site` is a local build, and says so: no canonical
# addresses, sitemap entries or feeds (a bare `mkdocs build` warns instead).
SITE_URL ?=

site: $(STAMP)  ## Build the static site into site/ (fails on any problem); SITE_URL=... to publish
	SITE_URL='$(SITE_URL)' BRIEFINGS_LOCAL_BUILD=$(if $(SITE_URL),,1) $(BIN)/mkdocs build --strict

serve: $(STAMP)  ## Preview on http://127.0.0.1:8000 with live reload
	$(BIN)/mkdocs serve --livereload --dirty --dev-addr $(HOST):$(PORT)

# The browser tests drive Debian's Chromium (never a downloaded browser). Missing, it is
# installed here when we may (root); otherwise the one command to run is printed.
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then \
	  echo "make: installing Debian's Chromium for the browser tests (apt-get install chromium)"; \
	  DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
	  echo "make: the browser tests need Debian's Chromium at $(CHROMIUM); install it with:"; \
	  echo "  sudo apt-get install chromium"; \
	  exit 1; \
	fi

test: $(STAMP) $(CHROMIUM)  ## Lint, then every test (installs Debian's Chromium if missing)
	$(BIN)/ruff check .
	$(BIN)/pytest -q

test-unit: $(STAMP)  ## The fast loop while editing code: no browser, no MkDocs build or server
	$(BIN)/ruff check .
	$(BIN)/pytest -q -m "not browser and not site"

check: $(STAMP)  ## Validate and verify the briefings, lint the code
	$(BIN)/briefings check
	$(BIN)/ruff check .

lint: $(STAMP)
	$(BIN)/ruff check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

schema: $(STAMP)  ## Regenerate schema/briefing.schema.json from the models
	$(BIN)/briefings schema

bench: $(STAMP)  ## Speed benchmark (not part of make test)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf site .pytest_cache .ruff_cache tests/artifacts
