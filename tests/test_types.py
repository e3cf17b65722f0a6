"""mypy over the core against tests/mypy_baseline.txt: no new type error, and the baseline only shrinks."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import mypy_baseline


def test_no_new_type_errors_and_the_baseline_only_shrinks():
    new, gone = mypy_baseline.compare(mypy_baseline.run_mypy(), mypy_baseline.read_baseline())
    assert not new, "new mypy errors (fix them; the baseline may not grow):\n" + "\n".join(new)
    assert not gone, ("these errors are fixed: shrink the baseline with tools/mypy_baseline.py --update\n"
                      + "\n".join(gone))


def test_the_comparison_reports_new_and_fixed_errors():
    known = ["a.py: x  [arg-type]", "a.py: x  [arg-type]", "b.py: y  [misc]"]
    new, gone = mypy_baseline.compare(["a.py: x  [arg-type]", "c.py: z  [misc]"], known)
    assert new == ["c.py: z  [misc]"]
    assert gone == ["a.py: x  [arg-type]", "b.py: y  [misc]"]
