package dev.geobacter.bench.gpu;

import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.KernelInstance;
import dev.geobacter.bench.gpu.GpuSession.DeviceArray;
import dev.geobacter.cuda.driver.CudaFunction;
import dev.geobacter.cuda.driver.KernelParameters;
import dev.geobacter.cuda.launch.CudaKernel;
import java.util.Optional;

/**
 * Times one {@link GpuCase} as {@code bench_common.cuh} does: warm-up launches, then each timed
 * launch queued behind a spin kernel with CUDA events right around it (kernel time only: no
 * copies, no host launch latency), the median, and the result checked after the last run.
 */
final class CaseRunner {
  /** About 200 µs of spinning, as the CUDA programs' {@code spin<<<1, 1>>>(200)}. */
  static final int SPIN_ROUNDS = 50_000;

  private final KernelCompiler compiler;

  CaseRunner(KernelCompiler compiler) {
    this.compiler = compiler;
  }

  private static KernelInstance<?> spinKernel() {
    return Geobacter.kernelInstance(GpuKernels::spin);
  }

  /** The case's line for impl {@code geobacter} (checks on) or {@code geobacter_nocheck}. */
  ResultLine run(GpuCase c, GpuSession gpu, boolean checks) {
    CudaFunction function = compiler.compile(c.kernel(), checks).function();
    CudaKernel spin = compiler.compile(spinKernel(), true);
    KernelParameters parameters = gpu.parameters(c.kernel(), c.args());
    KernelParameters spinParameters = gpu.parameters(spinKernel(), SPIN_ROUNDS, gpu.allocate(1));
    for (DeviceArray output : c.outputs()) gpu.poison(output);
    for (int i = 0; i < GpuCase.WARMUP_RUNS; i++) gpu.launch(function, c.grid(), parameters);
    gpu.requireNoFailedCheck(c.name());
    double[] millis = new double[c.timedRuns()];
    for (int i = 0; i < millis.length; i++) {
      gpu.launch(spin.function(), Grid.of(1, 1), spinParameters);
      millis[i] = gpu.timeMillis(() -> gpu.launch(function, c.grid(), parameters));
    }
    gpu.requireNoFailedCheck(c.name());
    Optional<String> difference = c.check().apply(gpu);
    difference.ifPresent(message -> System.err.println("GpuBench: check failed: " + message));
    double median = Samples.median(millis);
    ResultLine line = ResultLine.of(c.name(), checks ? ResultLine.CHECKED : ResultLine.UNCHECKED, median,
        difference.isEmpty()).with(c.rateKey(), c.rateOfMillis().applyAsDouble(median));
    for (String note : c.notes()) {
      int equals = note.indexOf('=');
      line = line.with(note.substring(0, equals), note.substring(equals + 1));
    }
    return line;
  }
}
