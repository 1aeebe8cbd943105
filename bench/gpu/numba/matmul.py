"""Naive matmul: c = a b for 2048x2048 floats, 16x16 blocks, one output per thread, summed over k
in increasing order. Checked on 4096 random entries (numpy sums each in the same order)."""
import sys

import numpy as np

from bench_common import RNG, close_enough, cuda, median_kernel_ms, report, uniform, unwritten

TILE = 16
ZERO = np.float32(0)


@cuda.jit
def matmul(a, b, c):
    col, row = cuda.grid(2)
    n = c.shape[0]
    if row < n and col < n:
        acc = ZERO
        for k in range(n):
            acc += a[row, k] * b[k, col]
        c[row, col] = acc


def main():
    n = 2048
    a, b = uniform((n, n), -1, 1), uniform((n, n), -1, 1)
    da, db, dc = cuda.to_device(a), cuda.to_device(b), unwritten((n, n))
    grid = ((n + TILE - 1) // TILE, (n + TILE - 1) // TILE)

    ms = median_kernel_ms(lambda: matmul[grid, (TILE, TILE)](da, db, dc), 20)

    rows, cols = RNG.integers(0, n, 4096), RNG.integers(0, n, 4096)
    # cumsum adds left to right, one rounding per step, like the kernel's loop.
    want = np.cumsum(a[rows, :] * b[:, cols].T, axis=1, dtype=np.float32)[:, -1]
    ok = close_enough("matmul", dc.copy_to_host()[rows, cols], want, 1e-3, 1e-4)
    return report("matmul", ms, ok, "gflops", 2 * n ** 3 / (ms * 1e6))


if __name__ == "__main__":
    sys.exit(main())
