"""One Jacobi sweep of a 2-D 5-point stencil on 4096x4096 floats, 16x16 blocks:
out = 0.2 * (c + n + s + w + e) inside, out = in on the border. Checked everywhere, exactly
(additions then one multiply: no FMA can form)."""
import sys

import numpy as np

from bench_common import close_enough, cuda, median_kernel_ms, report, uniform, unwritten

TILE = 16
FIFTH = np.float32(0.2)


@cuda.jit
def stencil(src, dst):
    x, y = cuda.grid(2)
    size = src.shape[0]
    if x < size and y < size:
        if x == 0 or y == 0 or x == size - 1 or y == size - 1:
            dst[y, x] = src[y, x]
        else:
            dst[y, x] = FIFTH * ((((src[y, x] + src[y - 1, x]) + src[y + 1, x]) + src[y, x - 1]) + src[y, x + 1])


def main():
    size = 4096
    src = uniform((size, size), -1, 1)
    dsrc, ddst = cuda.to_device(src), unwritten((size, size))
    grid = (size // TILE, size // TILE)

    ms = median_kernel_ms(lambda: stencil[grid, (TILE, TILE)](dsrc, ddst))

    want = src.copy()
    want[1:-1, 1:-1] = FIFTH * ((((src[1:-1, 1:-1] + src[:-2, 1:-1]) + src[2:, 1:-1]) + src[1:-1, :-2])
                                + src[1:-1, 2:])
    ok = close_enough("stencil", ddst.copy_to_host(), want, 0, 0)
    return report("stencil", ms, ok, "gb_s", 2 * 4 * size * size / (ms * 1e6))


if __name__ == "__main__":
    sys.exit(main())
