package fuzz.corpus;

import dev.geobacter.Geobacter;
import dev.geobacter.Gpu;
import dev.geobacter.Kernel4;
import dev.geobacter.KernelInstance;

/** (int) NaN is 0; conversions of floats to int and long saturate (JLS 5.1.3). */
public final class NaNToInt {
  public static KernelInstance<Kernel4<Integer, float[], int[], long[]>> instance() {
    return Geobacter.kernelInstance(NaNToInt::kernel);
  }

  static void kernel(int count, float[] in, int[] out, long[] wide) {
    int i = Gpu.globalId(0);
    if (i < count) {
      float nan = Float.NaN + in[i];
      float x = in[i];
      out[i] = (int) nan + (int) Float.NaN * 3 + (int) x;
      wide[i] = (long) nan + (long) (double) nan + (long) x + (long) (x * 1e20f);
    }
  }
}
