package fuzz.corpus;

import dev.geobacter.Geobacter;
import dev.geobacter.Gpu;
import dev.geobacter.Kernel4;
import dev.geobacter.KernelInstance;

/** (long) 1e30f saturates to Long.MAX_VALUE, (long) -1e30f to Long.MIN_VALUE; (int) likewise. */
public final class HugeFloatToLong {
  public static KernelInstance<Kernel4<Integer, float[], long[], int[]>> instance() {
    return Geobacter.kernelInstance(HugeFloatToLong::kernel);
  }

  static void kernel(int count, float[] in, long[] out, int[] narrow) {
    int i = Gpu.globalId(0);
    if (i < count) {
      float huge = 1e30f + (i & 0);
      float x = in[i] * 1e25f;
      out[i] = (long) huge - (long) -huge + (long) x + (long) Float.POSITIVE_INFINITY;
      narrow[i] = (int) huge ^ (int) -huge ^ (int) x ^ (int) (double) x ^ (short) (int) huge ^ (byte) (long) x;
    }
  }
}
