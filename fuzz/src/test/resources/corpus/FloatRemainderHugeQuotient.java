package fuzz.corpus;

import dev.geobacter.Geobacter;
import dev.geobacter.Gpu;
import dev.geobacter.Kernel5;
import dev.geobacter.KernelInstance;

/**
 * Floating % is exact even when the quotient is far beyond 2^53 (NVPTX's frem expansion
 * x - trunc(x / y) * y gave wrong magnitudes, signs and infinities there).
 */
public final class FloatRemainderHugeQuotient {
  public static KernelInstance<Kernel5<Integer, double[], float[], double[], float[]>> instance() {
    return Geobacter.kernelInstance(FloatRemainderHugeQuotient::kernel);
  }

  static void kernel(int count, double[] d, float[] f, double[] wide, float[] narrow) {
    int i = Gpu.globalId(0);
    if (i < count) {
      double tiny = 1e-300 + (i & 0);
      double huge = -1e300 + (i & 0);
      wide[i] = d[i] % tiny + huge % 3.0 + d[i] % f[i] + huge % d[i] + (d[i] + 5.3524956703186035) % -0x1p-1070;
      float r = f[i];
      r %= 1e-38f;
      narrow[i] = r + -3e38f % (f[i] + 0.1f) + f[i] % (float) d[i];
    }
  }
}
