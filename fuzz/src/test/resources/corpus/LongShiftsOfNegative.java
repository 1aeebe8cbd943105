package fuzz.corpus;

import dev.geobacter.Geobacter;
import dev.geobacter.Gpu;
import dev.geobacter.Kernel4;
import dev.geobacter.KernelInstance;

/** >> keeps the sign of a negative long, >>> shifts in zeros; distances are masked to 6 bits. */
public final class LongShiftsOfNegative {
  public static KernelInstance<Kernel4<Integer, long[], long[], int[]>> instance() {
    return Geobacter.kernelInstance(LongShiftsOfNegative::kernel);
  }

  static void kernel(int count, long[] in, long[] out, int[] ints) {
    int i = Gpu.globalId(0);
    if (i < count) {
      long a = in[i] | Long.MIN_VALUE;
      long neg = -1L - (i & 0);
      out[i] = (a >> 1) ^ (a >>> 1) ^ (neg >> 63) ^ (neg >>> 63) ^ (a >>> 64) ^ (a >> 65) ^ (a >>> -1);
      ints[i] = (int) (neg >>> 32) ^ ((int) a >> 31) ^ ((int) a >>> 31) ^ (-8 >>> (28 + (i & 0)));
    }
  }
}
