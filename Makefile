# The two commands of the README: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

NODE_STAMP := node_modules/.installed-stamp

.PHONY: site test serve check bench clean browser

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

site: $(STAMP)
	$(BIN)/dossier build
	$(BIN)/dossier bundle

check: $(STAMP)
	$(BIN)/dossier check

# axe-core for the accessibility test, when npm is here (CI always has it).
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --loglevel=error && touch $@; \
	else echo "npm not found: the accessibility test will skip"; fi

# Debian's chromium for the browser tests. CI installs it; elsewhere the
# browser tests skip when it is missing. Playwright never downloads a browser.
browser:
	@command -v chromium >/dev/null || [ -n "$$DOSSIER_CHROMIUM" ] || [ -z "$$CI" ] || \
	  { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

test: $(STAMP) $(NODE_STAMP) browser
	$(BIN)/ruff check generator tests site_tests benchmarks
	$(BIN)/pytest -q

serve: $(STAMP)
	$(BIN)/dossier serve

clean:
	rm -rf build site dist

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_pipeline.py 100 300 1000
