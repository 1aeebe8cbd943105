package fuzz.corpus;

import dev.geobacter.Geobacter;
import dev.geobacter.Gpu;
import dev.geobacter.Kernel4;
import dev.geobacter.KernelInstance;

/** INT_MIN * b wraps: only the low bit of b survives. */
public final class IntMinTimes {
  public static KernelInstance<Kernel4<Integer, int[], int[], long[]>> instance() {
    return Geobacter.kernelInstance(IntMinTimes::kernel);
  }

  static void kernel(int count, int[] in, int[] out, long[] wide) {
    int i = Gpu.globalId(0);
    if (i < count) {
      int min = Integer.MIN_VALUE | (i & 0);
      int b = in[i];
      out[i] = min * b + min * -1 + min * (b | 1);
      wide[i] = Long.MIN_VALUE * (long) b + (long) min * min;
    }
  }
}
