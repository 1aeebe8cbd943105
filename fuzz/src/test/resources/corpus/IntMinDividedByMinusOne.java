package fuzz.corpus;

import dev.geobacter.Geobacter;
import dev.geobacter.Gpu;
import dev.geobacter.Kernel4;
import dev.geobacter.KernelInstance;

/** INT_MIN / -1 overflows to INT_MIN (no exception), and INT_MIN % -1 is 0; the same for long. */
public final class IntMinDividedByMinusOne {
  public static KernelInstance<Kernel4<Integer, int[], int[], long[]>> instance() {
    return Geobacter.kernelInstance(IntMinDividedByMinusOne::kernel);
  }

  static void kernel(int count, int[] in, int[] out, long[] wide) {
    int i = Gpu.globalId(0);
    if (i < count) {
      int minusOne = -1 | in[i] | (i & 0);
      int min = Integer.MIN_VALUE | (i & 0);
      out[i] = (min / minusOne) ^ (min % minusOne) ^ (Integer.MIN_VALUE / -1);
      long lmin = Long.MIN_VALUE | (long) (i & 0);
      wide[i] = (lmin / (long) minusOne) + (lmin % (long) minusOne) + (Long.MIN_VALUE / -1L);
    }
  }
}
