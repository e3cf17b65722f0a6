"""On Linux, ShopLens makes Arrow use the system allocator (faster imports), unless the user chose one."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the switch is made on Linux only")

SCRIPT = "import {first}; import {second}; import pyarrow; print(pyarrow.default_memory_pool().backend_name)"


def backend(first: str, second: str, **env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    done = subprocess.run([sys.executable, "-c", SCRIPT.format(first=first, second=second)], env={**clean, **env},
                          capture_output=True, text=True, check=True)
    return done.stdout.strip()


@pytest.mark.parametrize("order", [("shoplens", "pyarrow"), ("pyarrow", "shoplens")])
def test_arrow_uses_the_system_allocator_whichever_loads_first(order):
    assert backend(*order) == "system"


def test_an_allocator_the_user_chose_is_kept():
    assert backend("shoplens", "pyarrow", ARROW_DEFAULT_MEMORY_POOL="mimalloc") == "mimalloc"
