package fuzz.corpus;

import dev.geobacter.Geobacter;
import dev.geobacter.Gpu;
import dev.geobacter.Kernel4;
import dev.geobacter.KernelInstance;

/** Math.round(2.5f) is 3, Math.round(-2.5f) is -2; round(NaN) is 0 and round saturates. */
public final class RoundHalfFloat {
  public static KernelInstance<Kernel4<Integer, float[], int[], float[]>> instance() {
    return Geobacter.kernelInstance(RoundHalfFloat::kernel);
  }

  static void kernel(int count, float[] in, int[] out, float[] exact) {
    int i = Gpu.globalId(0);
    if (i < count) {
      float x = 2.5f + (i & 0);
      float y = in[i];
      out[i] = Math.round(x) * 1000 + Math.round(-x) * 100 + Math.round(y) + Math.round(Float.NaN + y) + Math.round(y * 1e30f);
      exact[i] = Math.round(0.49999997f + (i & 0)) + Math.abs(y) + Math.signum(y);
    }
  }
}
