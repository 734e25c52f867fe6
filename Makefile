# The two commands of the README: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

NODE_STAMP := node_modules/.installed-stamp

.PHONY: site test serve check bench clean browser mutate mutate-resume mutate-sample fuzz data

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
	$(BIN)/ruff check generator tests site_tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/pytest -q

serve: $(STAMP)
	$(BIN)/dossier serve

# The dossier's SQLite database in Datasette, on this machine only; Ctrl-C stops it.
DATA_PORT ?= 8001
data: $(STAMP)
	$(BIN)/dossier build --docs-only
	@echo "Datasette: http://127.0.0.1:$(DATA_PORT)/dossier (canned queries at the foot of that page; Ctrl-C stops it)"
	$(BIN)/datasette serve --immutable build/docs/data/dossier.db \
	  --metadata build/docs/data/datasette.json --host 127.0.0.1 --port $(DATA_PORT)

clean:
	rm -rf build site dist mutants

# Mutation testing of annotate, resolve and render (not in CI: about four
# hours on two cores; render's mutants, each run by many tests, are the slow
# ones). mutmut changes the code one small way at a time and runs the tests
# that cover it; a mutant no test notices "survived". Prints the score per stage.
mutate: $(STAMP)
	rm -rf mutants
	$(BIN)/mutmut run >/dev/null 2>&1 || true
	$(BIN)/python scripts/mutation_score.py

# Goes on with a run stopped part-way, or brings one up to changed code: mutmut
# keeps each function's hash and runs again only the mutants without a result
# (those of functions changed since, and those never run).
mutate-resume: $(STAMP)
	$(BIN)/mutmut run >/dev/null 2>&1 || true
	$(BIN)/python scripts/mutation_score.py

# The same on a random sample of SAMPLE mutants a stage (about twenty-five
# minutes for 300 on two cores; SEED draws another): mutmut makes every mutant
# and maps the tests, then runs the sample.
SAMPLE ?= 200
SEED ?= 1
mutate-sample: $(STAMP)
	rm -rf mutants
	$(BIN)/mutmut run 'none.such*' >/dev/null 2>&1 || true
	$(BIN)/mutmut run $$($(BIN)/python scripts/mutation_score.py --sample $(SAMPLE) --seed $(SEED)) \
	  >/dev/null 2>&1 || true
	$(BIN)/python scripts/mutation_score.py

# The whole build on synthetic dossiers of 100, 1,000 and 3,000 sources, each
# beside its floor (a plain mkdocs-material site of as many pages of the same
# median size) built alternately in the same run: times, ms per page, peak
# memory, largest page, index size; then the serve loop, the offline first
# search and `check` on long reports. BENCH_ARGS passes more (e.g.
# BENCH_ARGS="--generator 10000" for the generator alone at 10,000 sources).
bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py --sizes 100 1000 3000 --runs 3 \
	  --serve-at 1000 --offline-at 1000 --long-report 250 1000 3000 $(BENCH_ARGS)

# The property tests at length, failing examples shrunk (not in CI: minutes).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest -q tests/test_properties.py
