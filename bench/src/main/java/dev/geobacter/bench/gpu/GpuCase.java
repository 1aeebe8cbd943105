package dev.geobacter.bench.gpu;

import dev.geobacter.Grid;
import dev.geobacter.KernelInstance;
import dev.geobacter.bench.gpu.GpuSession.DeviceArray;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/**
 * One timed kernel: its inputs already on the GPU ({@code args}, as {@link GpuSession#parameters}
 * takes them), the arrays it writes, how many timed runs, the rate derived from its median time,
 * and the check of its result against the CPU reference (the first difference, or empty).
 *
 * @param notes extra {@code key=value} words for the result line (what differs from the CUDA version)
 */
record GpuCase(String name, KernelInstance<?> kernel, Grid grid, Object[] args, List<DeviceArray> outputs,
    int timedRuns, String rateKey, DoubleUnaryOperator rateOfMillis, Function<GpuSession, Optional<String>> check,
    List<String> notes) {
  /** Launches before timing, as the CUDA programs do. */
  static final int WARMUP_RUNS = 5;
  /** Timed runs of the fast kernels; the slow ones (matmul, mandelbrot, nbody) take {@link #FEW_RUNS}. */
  static final int RUNS = 50;
  static final int FEW_RUNS = 20;
}
