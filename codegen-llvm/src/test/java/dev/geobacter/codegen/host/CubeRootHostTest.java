package dev.geobacter.codegen.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Grid;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.codegen.testing.HostDifferential;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code Math.cbrt} on the host against the exact cube root (the C library's alone is up to 3
 * ulps off): every result must lie strictly between the cubes of its two neighbours, which is
 * Java's "within 1 ulp of the exact result", checked in exact decimal arithmetic.
 */
class CubeRootHostTest {
  @Test
  void cubeRootIsWithinOneUlpOfTheExactRootAcrossTheWholeRange() {
    CompiledKernels kernels = CompiledKernels.compile("Roots", """
        import static dev.geobacter.Gpu.*;
        class Roots {
          static void cbrt(double[] x, double[] out) {
            int i = globalId(0);
            if (i < x.length) out[i] = Math.cbrt(x[i]);
          }
        }
        """);
    double[] x = inputs();
    double[] out = new double[x.length];
    HostDifferential.compile(kernels, "cbrt", CodegenOptions.defaults()).launch(Grid.of(x.length, 256), x, out);
    List<String> outside = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      assertEquals(Math.signum(x[i]), Math.signum(out[i]), "sign of cbrt(" + x[i] + ")");
      double root = Math.abs(out[i]);
      BigDecimal target = new BigDecimal(Math.abs(x[i]));
      boolean above = cube(Math.nextDown(root)).compareTo(target) < 0;
      boolean below = cube(Math.nextUp(root)).compareTo(target) > 0;
      if (!above || !below) outside.add("cbrt(" + x[i] + ") = " + out[i]);
    }
    assertTrue(outside.isEmpty(), outside.size() + " results more than 1 ulp off, e.g. "
        + outside.subList(0, Math.min(10, outside.size())));
  }

  @Test
  void zerosInfinitiesAndNaNAreTheirOwnCubeRoots() {
    CompiledKernels kernels = CompiledKernels.compile("SpecialRoots", """
        import static dev.geobacter.Gpu.*;
        class SpecialRoots {
          static void cbrt(double[] x, double[] out) {
            out[globalId(0)] = Math.cbrt(x[globalId(0)]);
          }
        }
        """);
    double[] x = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 8.0, -27.0, 0x1p-1074};
    double[] out = new double[x.length];
    HostDifferential.compile(kernels, "cbrt", CodegenOptions.defaults()).launch(Grid.of(x.length, 1), x, out);
    double[] expected = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 2.0, -3.0,
        Math.cbrt(0x1p-1074)};
    for (int i = 0; i < x.length; i++) {
      assertEquals(Double.doubleToLongBits(expected[i]), Double.doubleToLongBits(out[i]), "cbrt(" + x[i] + ")");
    }
  }

  /** Random magnitudes over every binade, subnormals included, both signs, and the scaling edges. */
  private static double[] inputs() {
    Random random = new Random(20261124);
    List<Double> values = new ArrayList<>(List.of(Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 0x1p600,
        Math.nextUp(0x1p600), 0x1p-600, Math.nextDown(0x1p-600), 3.0, 1e-300, 7e307));
    for (int i = 0; i < 20000; i++) {
      long bits = random.nextLong() & 0x7fffffffffffffffL;
      double value = Double.longBitsToDouble(bits);
      if (Double.isNaN(value) || Double.isInfinite(value)) continue;
      values.add(random.nextBoolean() ? value : -value);
    }
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static BigDecimal cube(double value) {
    return new BigDecimal(value).pow(3);
  }
}
