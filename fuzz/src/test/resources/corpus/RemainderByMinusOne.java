package fuzz.corpus;

import dev.geobacter.Geobacter;
import dev.geobacter.Gpu;
import dev.geobacter.Kernel4;
import dev.geobacter.KernelInstance;

/** x % -1 is 0 for every x, INT_MIN included; x % 1 likewise; signs of % follow the dividend. */
public final class RemainderByMinusOne {
  public static KernelInstance<Kernel4<Integer, int[], int[], long[]>> instance() {
    return Geobacter.kernelInstance(RemainderByMinusOne::kernel);
  }

  static void kernel(int count, int[] in, int[] out, long[] wide) {
    int i = Gpu.globalId(0);
    if (i < count) {
      int x = in[i];
      int minusOne = -1 + (i & 0);
      out[i] = (x % minusOne) + (Integer.MIN_VALUE % minusOne) + (x % 1) + ((x | 1) % -7) * 3 + (-7 % (x | 1));
      wide[i] = ((long) x % (long) minusOne) + (Long.MIN_VALUE % (long) minusOne) + (-7L % 2L);
    }
  }
}
