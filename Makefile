# The two commands of the README: `make site` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: site test serve check bench clean

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

test: $(STAMP)
	$(BIN)/ruff check generator tests site_tests benchmarks
	$(BIN)/pytest -q

serve: $(STAMP)
	$(BIN)/dossier serve

clean:
	rm -rf build site dist

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_pipeline.py 100 300 1000
