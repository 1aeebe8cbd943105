"""Device-to-device copy bandwidth: 2^28 bytes from one device array to another, event timed,
median of 50. gb_s counts bytes read plus bytes written."""
import sys

import numpy as np

from bench_common import cuda, median_kernel_ms, report, uniform, unwritten


def main():
    count = (1 << 28) // 4
    src = uniform(count, -1, 1)
    dsrc, ddst = cuda.to_device(src), unwritten(count)

    ms = median_kernel_ms(lambda: ddst.copy_to_device(dsrc))

    ok = np.array_equal(ddst.copy_to_host().view(np.int32), src.view(np.int32))
    if not ok:
        print("d2d_copy: the copy differs from its source", file=sys.stderr)
    return report("d2d_copy", ms, ok, "gb_s", 2 * (1 << 28) / (ms * 1e6))


if __name__ == "__main__":
    sys.exit(main())
