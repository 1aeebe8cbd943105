"""Launch overhead of an empty kernel (one block of one thread), host wall clock:
  empty_async: 10000 launches back to back, then one synchronize; time per launch.
  empty_sync:  launch + synchronize, one at a time; time per round trip.
Each is the median of 20 repetitions. The check: a kernel that writes a flag ran."""
import sys
import time

import numpy as np

from bench_common import cuda, report


@cuda.jit
def empty():
    pass


@cuda.jit
def set_flag(flag):
    flag[0] = 1


def main():
    launches, repetitions = 10000, 20
    flag = cuda.to_device(np.zeros(1, dtype=np.int32))
    set_flag[1, 1](flag)
    ok = int(flag.copy_to_host()[0]) == 1

    for _ in range(1000):
        empty[1, 1]()
    cuda.synchronize()

    async_ms, sync_ms = [], []
    for _ in range(repetitions):
        start = time.perf_counter()
        for _ in range(launches):
            empty[1, 1]()
        cuda.synchronize()
        async_ms.append((time.perf_counter() - start) * 1e3 / launches)

        start = time.perf_counter()
        for _ in range(launches // 10):
            empty[1, 1]()
            cuda.synchronize()
        sync_ms.append((time.perf_counter() - start) * 1e3 / (launches // 10))
    async_median, sync_median = float(np.median(async_ms)), float(np.median(sync_ms))
    status = report("empty_async", async_median, ok, "us_per_launch", async_median * 1e3)
    status |= report("empty_sync", sync_median, ok, "us_per_launch", sync_median * 1e3)
    return status


if __name__ == "__main__":
    sys.exit(main())
