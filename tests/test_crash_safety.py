"""Crash safety: SIGKILL during import, cleaning rebuild, segmentation save and export leaves the workspace
healthy and exactly as before or after (the long run is benchmarks/kill_harness.py)."""

from __future__ import annotations

import os
import random
import signal

import pytest

import crashkit

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX only")


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return crashkit.prepare(tmp_path_factory.mktemp("kill-base"), rows=1000, seed=3)


@pytest.mark.parametrize("op", crashkit.OPERATIONS)
def test_sigkill_at_random_moments_leaves_before_or_after(base, tmp_path, op):
    seed = int(os.environ.get("SHOPLENS_KILL_SEED", "20261129"))
    total, cals = crashkit.run_harness(base, tmp_path, kills_per_op=2, seed=seed + crashkit.OPERATIONS.index(op),
                                       ops=(op,), repeat_check=False)
    assert total.failures == []
    assert total.recovered == 2 and total.rows_lost == 0
    assert total.at_before + total.at_after == 2


def test_dump_sees_a_half_done_change(base, tmp_path):
    """The comparison is not blind: one row more or one value changed makes a state neither before nor after."""
    import shutil
    import sqlite3

    copy = tmp_path / "copy.shoplens"
    shutil.copy(base, copy)
    before = crashkit.dump(copy)
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE orders SET amount_cents = amount_cents + 1 WHERE id = 7")
    conn.commit()
    changed = crashkit.dump(copy)
    conn.execute("DELETE FROM customers WHERE id = 3")
    conn.commit()
    conn.close()
    assert crashkit.differing(before, changed) == ["orders"]
    assert crashkit.rows_lost(crashkit.dump(copy), [before]) == 1


def test_a_killed_child_really_was_interrupted_sometimes(base, tmp_path):
    """With a kill right after start-up the operation cannot have finished: the before-state is found."""
    cal = crashkit.Calibration("import", 0.0, crashkit.dump(base), after={})  # kill at once: no after-state
    tally = crashkit.kill_once(cal, base, tmp_path / "k", random.Random(1))
    assert tally.failures == [] and tally.interrupted == 1 and tally.at_before == 1
