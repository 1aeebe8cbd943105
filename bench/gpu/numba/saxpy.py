"""saxpy: z = a * x + y over 2^26 floats, one element per thread, blocks of 256."""
import sys

import numpy as np

from bench_common import close_enough, cuda, median_kernel_ms, report, uniform, unwritten


@cuda.jit
def saxpy(a, x, y, z):
    i = cuda.grid(1)
    if i < z.size:
        z[i] = a * x[i] + y[i]


def main():
    n = 1 << 26
    a = np.float32(2.5)
    x, y = uniform(n, -1, 1), uniform(n, -1, 1)
    dx, dy, dz = cuda.to_device(x), cuda.to_device(y), unwritten(n)
    blocks = (n + 255) // 256

    ms = median_kernel_ms(lambda: saxpy[blocks, 256](a, dx, dy, dz))

    ok = close_enough("saxpy", dz.copy_to_host(), a * x + y, 1e-6, 1e-6)
    return report("saxpy", ms, ok, "gb_s", 3 * 4 * n / (ms * 1e6))


if __name__ == "__main__":
    sys.exit(main())
