# Two commands on a fresh machine (see README): `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: setup run test system-deps quality bench clean

$(BIN)/keydates: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

setup: $(BIN)/keydates

# The main job: the web app on an embedded SQLite (./keydates.db) that holds the sample
# chronology; open http://127.0.0.1:8000/ (HOST and PORT can be set: make run PORT=9000).
HOST ?= 127.0.0.1
PORT ?= 8000
run: setup
	$(BIN)/keydates serve --host $(HOST) --port $(PORT)

system-deps:
	bash scripts/system-deps

test: setup system-deps
	$(BIN)/python -m pytest -n 2 -q

quality: setup
	$(BIN)/python -m pytest -q tests/test_quality_timeml.py tests/test_quality_chronology.py tests/test_entities_quality.py

clean:
	rm -rf $(VENV) *.egg-info
