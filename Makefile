# The command contract (DEVELOPERS.md): make install | train | serve | shell | test. `make help` lists all.
# Ports, hosts and files come from env vars with safe defaults (scripts/runtime.py, README "Configuration").

SHELL := /bin/bash
PY := .venv/bin/python
WEB_LOCK := $(wildcard web/package-lock.json)
export TF_CPP_MIN_LOG_LEVEL ?= 2
export RASA_TELEMETRY_ENABLED ?= false

.DEFAULT_GOAL := help
.NOTPARALLEL:
.PHONY: help install python-install web-install lock train serve shell validate test test-fast screenshots bench \
	forget-old

help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

install: python-install web-install  ## Create .venv (Python 3.10) with requirements.lock, and web/ npm packages

python-install:  ## Install requirements.lock into .venv; a no-op when it is already installed
	@scripts/install.sh

web-install: $(if $(WEB_LOCK),web/node_modules/.installed)  ## `npm ci` in web/ when web/package-lock.json exists
	@$(if $(WEB_LOCK),:,echo "web-install: no web/package-lock.json, nothing to install")

web/node_modules/.installed: web/package-lock.json
	cd web && npm ci --no-audit --no-fund
	touch $@

lock:  ## Re-resolve requirements.in into requirements.lock (then run make install)
	scripts/lock.sh

train: install  ## Train models/<hash>.tar.gz unless a model for the current data exists
	@$(PY) -m scripts.train

serve: install train  ## Run action server, Rasa server and web widget in the foreground (Ctrl-C stops)
	@$(PY) -m scripts.serve

shell: install train  ## Chat with the bot in the terminal (servers in the background, logs in .data/)
	@$(PY) -m scripts.serve --shell

validate: export PYTHONWARNINGS = ignore::DeprecationWarning
validate: install  ## Check domain, data and stories for inconsistencies (rasa data validate)
	$(PY) -m rasa data validate

test: install train validate  ## Run the whole test suite (what .ci/run calls); PYTEST_ARGS adds options
	@PATH="$(CURDIR)/.venv/bin:$$PATH" $(PY) -m pytest $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "test: FAILED, pytest collected no tests" >&2; fi; \
	exit $$status

# The quick tier (tests/conftest.py): no servers, no browser, no trained model; real databases and command lines.
FAST_TIER := not server and not model and not browser

test-fast: install  ## The quick tests only, for development (no servers, browser or model); PYTEST_ARGS adds options
	@PATH="$(CURDIR)/.venv/bin:$$PATH" $(PY) -m pytest -m "$(FAST_TIER)" $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "test-fast: FAILED, pytest collected no tests" >&2; fi; \
	exit $$status

SCREENSHOTS_DIR ?= results/screenshots
# The browser test that plays each level's conversation to its assessment on a phone and a desktop screen and
# saves <level>-<viewport>.png; the old pictures are removed first, so only what it saves now is left.
SCREENSHOT_TESTS := test_each_level_ends_on_one_card_with_its_badge_on_screen

screenshots: install train  ## Each level's final screen (phone, desktop) in the widget into results/screenshots/
	@rm -f $(SCREENSHOTS_DIR)/*.png
	@WIDGET_SCREENSHOTS="$(CURDIR)/$(SCREENSHOTS_DIR)" PATH="$(CURDIR)/.venv/bin:$$PATH" \
	$(PY) -m pytest tests/test_widget_browser.py -k "$(SCREENSHOT_TESTS)" $(PYTEST_ARGS)
	@ls -1 $(SCREENSHOTS_DIR)/*.png

bench: install train  ## Benchmark vs the rasa init bot into results/bench/ (BENCH_ARGS: --soak, --train, --quick)
	@$(PY) -m bench.run $(BENCH_ARGS)

forget-old: install  ## Delete conversations and records older than RETENTION_DAYS (30) days (docs/data.md)
	@$(PY) -m scripts.retention
