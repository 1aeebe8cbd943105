package fuzz.corpus;

import dev.geobacter.Geobacter;
import dev.geobacter.Gpu;
import dev.geobacter.Kernel4;
import dev.geobacter.KernelInstance;

/** INT_MIN / (b | 1): the divisor is odd, so never zero, and -1 when b is -1 or -2. */
public final class IntMinDividedByOdd {
  public static KernelInstance<Kernel4<Integer, int[], int[], long[]>> instance() {
    return Geobacter.kernelInstance(IntMinDividedByOdd::kernel);
  }

  static void kernel(int count, int[] in, int[] out, long[] wide) {
    int i = Gpu.globalId(0);
    if (i < count) {
      int b = in[i];
      int min = Integer.MIN_VALUE + (i & 0);
      out[i] = min / (b | 1) + min % (b | 1);
      wide[i] = Long.MIN_VALUE / ((long) b | 1L) - Long.MIN_VALUE % ((long) b | 1L);
    }
  }
}
