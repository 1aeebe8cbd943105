"""Block tree reduction in shared memory: 2^26 floats, blocks of 256, one partial sum per block.
numpy repeats the same pairwise tree for every block at once, so sums agree bit for bit."""
import sys

import numpy as np

from bench_common import close_enough, cuda, median_kernel_ms, report, uniform, unwritten

BLOCK = 256
ZERO = np.float32(0)


@cuda.jit
def block_sums(values, sums):
    scratch = cuda.shared.array(BLOCK, np.float32)
    local = cuda.threadIdx.x
    i = cuda.grid(1)
    scratch[local] = values[i] if i < values.size else ZERO
    cuda.syncthreads()
    stride = cuda.blockDim.x // 2
    while stride > 0:
        if local < stride:
            scratch[local] += scratch[local + stride]
        cuda.syncthreads()
        stride //= 2
    if local == 0:
        sums[cuda.blockIdx.x] = scratch[0]


def main():
    n = 1 << 26
    blocks = (n + BLOCK - 1) // BLOCK
    values = uniform(n, -1, 1)
    dvalues, dsums = cuda.to_device(values), unwritten(blocks)

    ms = median_kernel_ms(lambda: block_sums[blocks, BLOCK](dvalues, dsums))

    tree = np.zeros(blocks * BLOCK, dtype=np.float32)
    tree[:n] = values
    tree = tree.reshape(blocks, BLOCK)
    stride = BLOCK // 2
    while stride > 0:
        tree[:, :stride] += tree[:, stride:2 * stride]
        stride //= 2
    ok = close_enough("reduce", dsums.copy_to_host(), tree[:, 0], 0, 0)
    return report("reduce", ms, ok, "gb_s", 4 * n / (ms * 1e6))


if __name__ == "__main__":
    sys.exit(main())
