# Two commands on a fresh machine (see README): `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SAMPLE := ../shared/data/chronologies/us_iraq_2003_2020.txt

.PHONY: setup run test system-deps quality bench clean

$(BIN)/keydates: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

setup: $(BIN)/keydates

# The main job: the richest command so far on the sample chronology.
run: setup
	$(BIN)/keydates tag $(SAMPLE) --published 2020-01-03 --format table

system-deps:
	bash scripts/system-deps

test: setup system-deps
	$(BIN)/python -m pytest -n 2 -q

quality: setup
	$(BIN)/python -m pytest -q tests/test_quality_gate.py

clean:
	rm -rf $(VENV) *.egg-info
