package dev.geobacter.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.geobacter.codegen.host.HostKernel;
import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.codegen.testing.HostDifferential;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a test of behaviour: times each loop kernel compiled by the normal pipeline
 * and by the same pipeline through the Polly shim, alternating the two launch by launch, and
 * prints the medians. Runs only with {@value PollyExperimentTest#SHIM} and {@value #REPETITIONS}
 * and {@value PollyExperiment#OPTIONS_PROPERTY} (at least {@code -polly}) set; run it in a JVM of its own,
 * since LLVM parses options once per process (bench/polly/README.md).
 */
class PollyTimingComparison {
  static final String REPETITIONS = "geobacter.test.pollyRepetitions";

  @Test
  void timeWithAndWithoutPolly() {
    String shim = System.getProperty(PollyExperimentTest.SHIM);
    int repetitions = Integer.getInteger(REPETITIONS, 0);
    String pollyOptions = System.getProperty(PollyExperiment.OPTIONS_PROPERTY, "");
    assumeTrue(shim != null && repetitions > 0 && !pollyOptions.isBlank(), "a measurement: give -D" + PollyExperimentTest.SHIM
        + "=PATH -D" + REPETITIONS + "=N -D" + PollyExperiment.OPTIONS_PROPERTY + "='-polly ...'");
    CompiledKernels kernels = PollyKernels.compile();
    var cases = PollyKernels.survivable(PollyKernels.matmul(512), PollyKernels.stencil(2048), PollyKernels.nbody(4096));
    for (var launchAndOptions : cases) {
      PollyKernels.Launch launch = launchAndOptions.getKey();
      CodegenOptions options = launchAndOptions.getValue();
      HostKernel normal = HostDifferential.compile(kernels, launch.kernel(), options);
      String normalIr = HostDifferential.compiler().ir(kernels.program(launch.kernel()), options, true);
      System.setProperty(PollyExperiment.SHIM_PROPERTY, shim);
      HostKernel polly;
      String pollyIr;
      try {
        polly = HostDifferential.compile(kernels, launch.kernel(), options);
        pollyIr = HostDifferential.compiler().ir(kernels.program(launch.kernel()), options, true);
      } finally {
        System.clearProperty(PollyExperiment.SHIM_PROPERTY);
      }
      Object[] arguments = launch.arguments().get();
      normal.launch(launch.grid(), arguments);
      float[] expected = ((float[]) arguments[launch.output()]).clone();
      polly.launch(launch.grid(), arguments);
      assertArrayEquals(expected, (float[]) arguments[launch.output()], launch.kernel() + " differs under Polly");
      long[] normalNanos = new long[repetitions];
      long[] pollyNanos = new long[repetitions];
      for (int i = 0; i < repetitions; i++) {
        normalNanos[i] = nanos(normal, launch, arguments);
        pollyNanos[i] = nanos(polly, launch, arguments);
      }
      double normalMs = median(normalNanos) / 1e6;
      double pollyMs = median(pollyNanos) / 1e6;
      // Polly marks every function it looked at; only other differences change the machine code.
      boolean irChanged = !normalIr.equals(pollyIr.replace(" \"polly-optimized\"", ""));
      System.out.printf("POLLY-TIMING | %s | %s | %s | %s | %s | %.2f | %.2f | %.2f |%n", pollyOptions, launch.kernel(),
          options.boundsChecks() ? "on" : "off", pollyIr.contains("polly.stmt") ? "yes" : "no", irChanged ? "yes" : "no",
          normalMs, pollyMs, normalMs / pollyMs);
    }
  }

  private static long nanos(HostKernel kernel, PollyKernels.Launch launch, Object[] arguments) {
    long start = System.nanoTime();
    kernel.launch(launch.grid(), arguments);
    return System.nanoTime() - start;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
