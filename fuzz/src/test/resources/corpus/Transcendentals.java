package fuzz.corpus;

import dev.geobacter.Geobacter;
import dev.geobacter.Gpu;
import dev.geobacter.Kernel3;
import dev.geobacter.KernelInstance;

/**
 * Transcendental Math methods, compared within Java's documented bounds (twice the bound between
 * two conforming implementations); special values (NaN, infinities, signed zeros) compared exactly.
 */
public final class Transcendentals {
  /** Error bound in ulps of approx[i * 8 + k]. */
  public static final String APPROX_ULPS = "1 1 1 1 2.5 2 1 1";

  public static KernelInstance<Kernel3<Integer, double[], double[]>> instance() {
    return Geobacter.kernelInstance(Transcendentals::kernel);
  }

  static void kernel(int count, double[] in, double[] approx) {
    int i = Gpu.globalId(0);
    if (i < count) {
      double x = in[i];
      approx[i * 8] = Math.sin(x);
      approx[i * 8 + 1] = Math.exp(x / 1e3);
      approx[i * 8 + 2] = Math.log(Math.abs(x));
      approx[i * 8 + 3] = Math.pow(x, 0.5 + (i & 3));
      approx[i * 8 + 4] = Math.tanh(x);
      approx[i * 8 + 5] = Math.atan2(x, i - 3.5);
      approx[i * 8 + 6] = Math.cbrt(x);
      approx[i * 8 + 7] = Math.sin(-0.0 * (i + 1));
    }
  }
}
