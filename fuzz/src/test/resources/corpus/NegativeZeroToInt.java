package fuzz.corpus;

import dev.geobacter.Geobacter;
import dev.geobacter.Gpu;
import dev.geobacter.Kernel4;
import dev.geobacter.KernelInstance;

/** (int) -0.0 is 0, while -0.0 itself keeps its sign through arithmetic that does not add +0.0. */
public final class NegativeZeroToInt {
  public static KernelInstance<Kernel4<Integer, double[], int[], double[]>> instance() {
    return Geobacter.kernelInstance(NegativeZeroToInt::kernel);
  }

  static void kernel(int count, double[] in, int[] out, double[] back) {
    int i = Gpu.globalId(0);
    if (i < count) {
      double negZero = -0.0 * (1 + (i & 0));
      out[i] = (int) negZero + (int) -0.0 + (int) (in[i] * 0.0);
      back[i] = negZero * 5 + (i & 0) * -0.0 - 0.0 * negZero;
    }
  }
}
