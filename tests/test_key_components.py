"""Customer key graph: connected components found with numpy agree with scipy's."""

import numpy as np
import pytest
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components as scipy_components

from shoplens.ingest.canonical import connected_components


@pytest.mark.parametrize("seed", range(8))
def test_same_partition_as_scipy(seed):
    rng = np.random.default_rng(seed)
    for _ in range(20):
        n = int(rng.integers(1, 300))
        if rng.random() < 0.3:  # a chain in random order: the slowest shape for hooking
            perm = rng.permutation(n)
            src, dst = perm[:-1], perm[1:]
        else:
            m = int(rng.integers(0, 2 * n))
            src, dst = rng.integers(0, n, m), rng.integers(0, n, m)
        count, labels = connected_components(n, src, dst)
        expected_count, expected = scipy_components(
            coo_matrix((np.ones(len(src), dtype="int8"), (src, dst)), shape=(n, n)), directed=False)
        assert count == expected_count
        assert len(set(zip(labels.tolist(), expected.tolist(), strict=True))) == count  # same groups


def test_no_edges():
    count, labels = connected_components(3, np.array([], dtype=np.int64), np.array([], dtype=np.int64))
    assert count == 3 and sorted(labels.tolist()) == [0, 1, 2]
