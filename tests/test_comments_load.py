"""Reader comments under load (bounded version of bench/bench_comments.py, against a real
`keydates serve` process): with the rate limit raised, 200 posts from 20 concurrent clients with
valid captchas are all stored exactly once and replayed captchas are refused; with the normal
limit the excess gets 429 with Retry-After."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import bench_comments  # noqa: E402


def test_comments_load_raised_limit_every_post_stored_once() -> None:
    r = bench_comments.scenario("raised limits", bench_comments.RAISED, clients=20, posts=200,
                                addresses=1, replay=True)
    assert r["errors"] == []
    assert r["statuses"] == {303: 200}
    assert r["stored"] == 200 and r["duplicates"] == 0 and r["stored_equals_accepted"]
    assert r["replays_refused"] == 20 and r["replays_accepted"] == 0


@pytest.mark.parametrize("addresses, stored", [(1, 5), (20, 60)])
def test_comments_load_normal_limit_excess_gets_429(addresses: int, stored: int) -> None:
    r = bench_comments.scenario("normal limits", {}, clients=20, posts=200, addresses=addresses)
    assert r["errors"] == []
    assert r["statuses"] == {303: stored, 429: 200 - stored}  # 5/600 s per address, 60/60 s
    assert r["stored"] == stored and r["stored_equals_accepted"]
    assert r["missing_retry_after"] == 0 and 1 <= r["retry_after"][0] <= r["retry_after"][1] <= 600
