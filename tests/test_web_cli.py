"""`keydates serve` as a user runs it: a fresh directory, no options, the sample timeline shown."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

KEYDATES = Path(sys.executable).with_name("keydates")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(cwd: Path, *args: str) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("KEYDATES_DB", "KEYDATES_SECRET")}
    proc = subprocess.Popen([str(KEYDATES), "serve", "--port", str(port), *args], cwd=cwd,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        if proc.poll() is not None:
            raise AssertionError(f"keydates serve exited: {proc.stdout.read()}")  # type: ignore
        try:
            httpx.get(base + "/api/timelines", timeout=1)
            return proc, base
        except httpx.HTTPError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("keydates serve did not start in 60 s")


def _stop(proc: subprocess.Popen) -> str:
    proc.send_signal(signal.SIGINT)
    try:
        out, _ = proc.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
    return out


@pytest.mark.slow
def test_web_cli_serve_starts_on_the_sample(tmp_path: Path, shared_data: Path) -> None:
    # The sample is found beside the repository, whatever the working directory.
    proc, base = _serve(tmp_path)
    try:
        timelines = httpx.get(base + "/api/timelines").json()["items"]
        assert len(timelines) == 1 and timelines[0]["n_events"] > 20
        html = httpx.get(base + "/timelines/" + timelines[0]["slug"]).text
        assert "Relations Between The US And Iraq" in html and "20 March 2003" in html
    finally:
        out = _stop(proc)
    assert (tmp_path / "keydates.db").exists()
    assert "adding the sample chronology" in out and "Traceback" not in out


@pytest.mark.parametrize("args", [["--no-sample"], ["--no-sample", "--workers", "2"]])
def test_web_cli_serve_empty_store_with_options(tmp_path: Path, args: list[str]) -> None:
    proc, base = _serve(tmp_path, "--db", str(tmp_path / "other.db"), *args)
    try:
        assert httpx.get(base + "/api/timelines").json()["total"] == 0
        assert "No timelines yet" in httpx.get(base + "/").text
        r = httpx.get(base + "/api/events/1")
        assert r.status_code == 404 and r.json()["error"]["code"] == "not_found"
    finally:
        _stop(proc)
    assert not (tmp_path / "keydates.db").exists()


def test_web_cli_serve_bad_database_is_one_line(tmp_path: Path) -> None:
    r = subprocess.run([str(KEYDATES), "serve", "--db", "nosuchdriver://x/y", "--port",
                        str(_free_port())], capture_output=True, text=True, timeout=60,
                       cwd=tmp_path)
    assert r.returncode != 0
    assert "Traceback" not in r.stderr and r.stderr.strip().startswith("keydates: error:")
