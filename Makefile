# Two commands do all set-up on a fresh machine: `make demo` and `make test`.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell md5sum pyproject.toml | cut -c1-8)
PYTHON ?= python3

.PHONY: demo test test-fast lint format system-deps bench dev-set clean interop bytecode

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[dev]"
	@rm -f $(VENV)/.installed-*
	@touch $(STAMP)

system-deps:
	@bash tools/system-deps.sh

# Python writes no bytecode where PYTHONDONTWRITEBYTECODE is set (as on these machines): every
# command would then compile cp-textmine's source again, 0.3-0.4 s of each start. Compiled
# here once (in a moment when nothing changed); an edited module is still read from source.
bytecode: $(STAMP)
	@$(PY) -m compileall -q src

demo: $(STAMP) system-deps bytecode
	$(VENV)/bin/cp-textmine demo

# Two pytest processes (pytest-xdist): the machines have two cores and most tests use one.
test: $(STAMP) bytecode
	@bash tools/system-deps.sh test
	$(VENV)/bin/pytest -q -n 2 --dist worksteal

# The same suite without the whole-batch runs (crash, hostile files, Dask, OCR, demo): a minute.
test-fast: $(STAMP) bytecode
	$(VENV)/bin/pytest -q -n 2 --dist worksteal -m "not slow"

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests tools
	$(VENV)/bin/ruff format --check src tests tools

format: $(STAMP)
	$(VENV)/bin/ruff format src tests tools
	$(VENV)/bin/ruff check --fix src tests tools

dev-set: $(STAMP)
	$(PY) tools/render_corpus.py annotations/dev/writer_a annotations/dev/writer_b \
	    annotations/dev/writer_c annotations/dev/writer_d annotations/dev/writer_e \
	    annotations/dev/writer_f annotations/dev/writer_g annotations/dev/writer_h annotations/dev/writer_i \
	    annotations/dev/writer_j annotations/dev/writer_k annotations/dev/writer_l annotations/dev/writer_m \
	    annotations/dev/writer_n annotations/dev/writer_o annotations/dev/writer_p annotations/dev/writer_q \
	    annotations/dev/writer_r annotations/dev/writer_s annotations/dev/writer_t \
	    annotations/dev/writer_u annotations/dev/writer_v annotations/dev/writer_w annotations/dev/writer_x \
	    annotations/dev/writer_y annotations/dev/writer_z annotations/dev/writer_aa annotations/dev/writer_ab \
	    --out annotations/dev/pdfs \
	    --labels annotations/dev/labels.jsonl
	$(PY) tools/render_test_set.py annotations/dev/html --out annotations/dev/html/pdfs
	$(PY) tools/render_corpus.py corpora/demo/src_1 corpora/demo/src_2 --out corpora/demo \
	    --labels annotations/demo/labels.jsonl

clean:
	rm -rf $(VENV) cp_textmine.duckdb scan_report.html .pytest_cache .ruff_cache

bench: $(STAMP) bytecode
	@bash tools/system-deps.sh bench
	$(PY) -m bench.ingest --n 1000 10000
	$(PY) -m bench.ocr

# Opt-in, not part of `make test`: a real Label Studio 1.23 (own venv, LS_VENV, default
# /work/ls-venv) on 127.0.0.1, our tasks in, annotations through its API, its exports back;
# then doccano 1.8.4 (own venv, DOCCANO_VENV) through its own importer and export task.
interop: $(STAMP)
	$(PY) tools/interop_labelstudio.py
	$(PY) tools/interop_doccano.py
