package dev.geobacter.codegen.host;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Grid;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.codegen.testing.HostDifferential;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Floating {@code %} is lowered by our own long division (LLVM's NVPTX expansion of {@code frem} is
 * inexact); on the host it must give Java's bits for every pair: quotients far beyond 2^53,
 * subnormals, signed zeros, infinities and NaN.
 */
class FloatRemainderHostTest {
  private static final CompiledKernels KERNELS = CompiledKernels.compile("Remainders", """
      import static dev.geobacter.Gpu.*;
      class Remainders {
        static void doubles(double[] x, double[] y, double[] out) {
          int i = globalId(0);
          if (i < x.length) out[i] = x[i] % y[i];
        }
        static void floats(float[] x, float[] y, float[] out) {
          int i = globalId(0);
          if (i < x.length) {
            float r = x[i];
            r %= y[i];
            out[i] = r;
          }
        }
      }
      """);

  @Test
  void doubleRemainderIsExactForEveryPair() {
    Random random = new Random(20261124);
    double[] edges = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
        -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1.0, -1.0, 3.0, 0.1,
        1e300, -1e-300, 5.3524956703186035, 0x1p53, 0x1.fffffffffffffp52, -17105.232662014663};
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (double x : edges) {
      for (double y : edges) {
        xs.add(x);
        ys.add(y);
      }
    }
    for (int k = 0; k < 20000; k++) {
      xs.add(randomDouble(random));
      ys.add(k % 4 == 0 ? edges[random.nextInt(edges.length)] : randomDouble(random));
    }
    double[] x = xs.stream().mapToDouble(Double::doubleValue).toArray();
    double[] y = ys.stream().mapToDouble(Double::doubleValue).toArray();
    double[] out = new double[x.length];
    HostDifferential.compile(KERNELS, "doubles", CodegenOptions.defaults()).launch(Grid.of(x.length, 256), x, y, out);
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      double expected = x[i] % y[i];
      boolean same = Double.isNaN(expected) ? Double.isNaN(out[i])
          : Double.doubleToRawLongBits(expected) == Double.doubleToRawLongBits(out[i]);
      if (!same) wrong.add(x[i] + " % " + y[i] + " = " + out[i] + ", expected " + expected);
    }
    assertTrue(wrong.isEmpty(), wrong.size() + " wrong remainders, e.g. " + wrong.subList(0, Math.min(10, wrong.size())));
  }

  @Test
  void floatRemainderIsExactForEveryPairIncludingCompoundAssignment() {
    Random random = new Random(1124);
    float[] edges = {0f, -0f, Float.MIN_VALUE, Float.MIN_NORMAL, -Float.MAX_VALUE, Float.POSITIVE_INFINITY,
        Float.NEGATIVE_INFINITY, Float.NaN, 1f, -3f, 0.1f, 1e30f, -1e-30f, 0x1p24f};
    int pairs = edges.length * edges.length + 20000;
    float[] x = new float[pairs];
    float[] y = new float[pairs];
    int n = 0;
    for (float a : edges) {
      for (float b : edges) {
        x[n] = a;
        y[n++] = b;
      }
    }
    while (n < pairs) {
      x[n] = Float.intBitsToFloat(random.nextInt());
      y[n++] = n % 4 == 0 ? edges[random.nextInt(edges.length)] : Float.intBitsToFloat(random.nextInt());
    }
    float[] out = new float[pairs];
    HostDifferential.compile(KERNELS, "floats", CodegenOptions.defaults()).launch(Grid.of(pairs, 256), x, y, out);
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      float expected = x[i] % y[i];
      boolean same = Float.isNaN(expected) ? Float.isNaN(out[i])
          : Float.floatToRawIntBits(expected) == Float.floatToRawIntBits(out[i]);
      if (!same) wrong.add(x[i] + " % " + y[i] + " = " + out[i] + ", expected " + expected);
    }
    assertTrue(wrong.isEmpty(), wrong.size() + " wrong remainders, e.g. " + wrong.subList(0, Math.min(10, wrong.size())));
  }

  /** Any finite or infinite double, NaN included, both signs, every binade equally likely. */
  private static double randomDouble(Random random) {
    return Double.longBitsToDouble(random.nextLong());
  }
}
