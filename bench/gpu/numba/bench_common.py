"""Shared by the Numba-CUDA baselines: fresh random inputs, event timing, result checks and the
one-line report every program prints:

    kernel=<name> impl=numba median_ms=<x> check=<ok|FAIL> [extra=value ...]

Kernels compute in float32 throughout: constants are np.float32 and integers are converted before
they meet a float, or Numba would promote the arithmetic to float64.
"""
import os
import secrets
import sys

import numpy as np

if not hasattr(np, "row_stack"):
    np.row_stack = np.vstack  # numba-cuda still calls it; numpy 2.5 removed it

# Spin and empty-kernel launches use one thread on purpose: no occupancy warnings for them.
os.environ.setdefault("NUMBA_CUDA_LOW_OCCUPANCY_WARNINGS", "0")

from numba import cuda  # noqa: E402  (after the numpy fix above)

IMPL = "numba"
WARMUP_RUNS = 5
TIMED_RUNS = 50


def _make_rng():
    fixed = os.environ.get("BENCH_SEED")
    seed = int(fixed) if fixed else secrets.randbits(63)
    print(f"seed={seed}", file=sys.stderr)
    return np.random.default_rng(seed)


RNG = _make_rng()


def uniform(shape, low, high):
    """float32 values uniform in [low, high), fresh each run (BENCH_SEED=<n> repeats one)."""
    return RNG.uniform(low, high, size=shape).astype(np.float32)


def unwritten(shape, dtype=np.float32):
    """A device array of all-ones bits (NaN as float32, -1 as int32): an unwritten result fails its check."""
    return cuda.to_device(np.full(shape, -1, dtype=np.int32).view(dtype))


@cuda.jit
def spin(micros):
    """Keeps the GPU busy for about `micros` microseconds without touching memory."""
    for _ in range(micros):
        cuda.nanosleep(1000)


def median_kernel_ms(launch, timed_runs=TIMED_RUNS):
    """Median time in ms of `launch` (which enqueues one kernel), after warm-up runs. Each run is
    queued behind a spin kernel, so the start event fires right before the kernel begins: the time
    is the kernel's alone, without Numba's dispatch time."""
    for _ in range(WARMUP_RUNS):
        launch()
    spin[1, 1](200)
    cuda.synchronize()
    start, stop = cuda.event(), cuda.event()
    samples = []
    for _ in range(timed_runs):
        spin[1, 1](200)
        start.record()
        launch()
        stop.record()
        stop.synchronize()
        samples.append(cuda.event_elapsed_time(start, stop))
    return float(np.median(samples))


def close_enough(what, got, want, atol, rtol):
    """|got - want| <= atol + rtol * |want| everywhere; the first mismatch goes to stderr."""
    got = np.asarray(got, dtype=np.float32).ravel()
    want = np.asarray(want, dtype=np.float32).ravel()
    bad = ~(np.abs(got - want) <= atol + rtol * np.abs(want))
    if bad.any():
        first = int(np.argmax(bad))
        print(f"{what}: {int(bad.sum())} of {bad.size} checked values differ; first at {first}: "
              f"GPU {got[first]!r}, CPU {want[first]!r}", file=sys.stderr)
    return not bad.any()


def report(kernel, median_ms, ok, extra_key=None, extra_value=None):
    """Prints the result line; returns the process exit status."""
    line = f"kernel={kernel} impl={IMPL} median_ms={median_ms:.4f} check={'ok' if ok else 'FAIL'}"
    if extra_key:
        line += f" {extra_key}={extra_value:.2f}"
    print(line, flush=True)
    return 0 if ok else 1
