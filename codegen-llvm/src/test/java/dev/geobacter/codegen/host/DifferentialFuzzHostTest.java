package dev.geobacter.codegen.host;

import static dev.geobacter.codegen.testing.HostDifferential.assertSameAsJava;

import dev.geobacter.Grid;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.codegen.testing.RandomKernels;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Randomly generated, well-typed kernels (fixed seeds, so failures reproduce) compiled for the
 * host and compared with the JVM on inputs full of corner values. NaNs compare equal to each
 * other; every other bit must match.
 */
class DifferentialFuzzHostTest {
  private static final int KERNELS = 40;
  private static final int ITEMS = 48;
  private static CompiledKernels kernels;

  @BeforeAll
  static void generate() {
    kernels = CompiledKernels.compile("Fuzz", new RandomKernels(20261124L, 4).source("Fuzz", KERNELS));
  }

  private static Supplier<Object[]> inputs(long seed) {
    Random random = new Random(seed);
    int[] ints = new int[ITEMS];
    long[] longs = new long[ITEMS];
    float[] floats = new float[ITEMS];
    double[] doubles = new double[ITEMS];
    int[] specialInts = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 31, 32, 65535};
    long[] specialLongs = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, 63, 64};
    float[] specialFloats = {Float.NaN, -0f, 0f, 2.5f, -2.5f, 1e30f, Float.NEGATIVE_INFINITY, 0.49999997f};
    double[] specialDoubles = {Double.NaN, -0.0, 0.0, 2.5, -3.5, 1e300, Double.POSITIVE_INFINITY, 9.3e18};
    for (int i = 0; i < ITEMS; i++) {
      boolean special = random.nextInt(3) == 0;
      ints[i] = special ? specialInts[random.nextInt(specialInts.length)] : random.nextInt();
      longs[i] = special ? specialLongs[random.nextInt(specialLongs.length)] : random.nextLong();
      floats[i] = special ? specialFloats[random.nextInt(specialFloats.length)] : (float) random.nextGaussian() * 1000;
      doubles[i] = special ? specialDoubles[random.nextInt(specialDoubles.length)] : random.nextGaussian() * 1e6;
    }
    return () -> new Object[] {ints.clone(), longs.clone(), floats.clone(), doubles.clone(), new int[ITEMS],
        new long[ITEMS], new float[ITEMS], new double[ITEMS]};
  }

  @Test
  void generatedKernelsMatchTheJvm() throws Throwable {
    for (int k = 0; k < KERNELS; k++) {
      assertSameAsJava(kernels, "k" + k, CodegenOptions.defaults(), Grid.of(ITEMS, 16), inputs(k), true);
    }
  }

  @Test
  void generatedKernelsMatchTheJvmWithChecksOffAndNoOptimization() throws Throwable {
    CodegenOptions options = new CodegenOptions(false, false, 0);
    for (int k = 0; k < KERNELS; k += 3) {
      assertSameAsJava(kernels, "k" + k, options, Grid.of(ITEMS, 16), inputs(1000 + k), true);
    }
  }
}
