package fuzz.corpus;

import dev.geobacter.Geobacter;
import dev.geobacter.Gpu;
import dev.geobacter.Kernel4;
import dev.geobacter.KernelInstance;

/** Math.round(-2.5) is -2 (ties round up, not away from zero); rint rounds ties to even. */
public final class RoundNegativeHalf {
  public static KernelInstance<Kernel4<Integer, double[], long[], double[]>> instance() {
    return Geobacter.kernelInstance(RoundNegativeHalf::kernel);
  }

  static void kernel(int count, double[] in, long[] out, double[] exact) {
    int i = Gpu.globalId(0);
    if (i < count) {
      double x = -2.5 + (i & 0);
      double y = in[i];
      out[i] = Math.round(x) * 1000 + Math.round(-0.5 + (i & 0)) * 100 + Math.round(y) + Math.round(0.49999999999999994 + (i & 0));
      exact[i] = Math.rint(x) + Math.floor(x) * 10 + Math.ceil(x) * 100 + Math.rint(y);
    }
  }
}
