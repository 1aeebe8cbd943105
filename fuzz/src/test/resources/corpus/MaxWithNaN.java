package fuzz.corpus;

import dev.geobacter.Geobacter;
import dev.geobacter.Gpu;
import dev.geobacter.Kernel4;
import dev.geobacter.KernelInstance;

/** Math.max(NaN, 1) is NaN (NaN wins in min and max, unlike fmax); so is Math.min(1, NaN). */
public final class MaxWithNaN {
  public static KernelInstance<Kernel4<Integer, double[], double[], float[]>> instance() {
    return Geobacter.kernelInstance(MaxWithNaN::kernel);
  }

  static void kernel(int count, double[] in, double[] out, float[] floats) {
    int i = Gpu.globalId(0);
    if (i < count) {
      double nan = Double.NaN + (i & 0);
      out[i] = Math.max(nan, 1) + Math.min(1, nan) + (Double.isNaN(Math.max(nan, in[i])) ? 1 : 0) + Math.max(in[i], 1);
      floats[i] = Math.max((float) nan, 1f) + Math.min(Float.NaN, (float) in[i]) + Float.max(1f, (float) in[i]);
    }
  }
}
