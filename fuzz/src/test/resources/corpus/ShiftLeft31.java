package fuzz.corpus;

import dev.geobacter.Geobacter;
import dev.geobacter.Gpu;
import dev.geobacter.Kernel4;
import dev.geobacter.KernelInstance;

/** a << 31 moves bit 0 into the sign bit; distances 32 and 63 are masked to 5 and 6 bits. */
public final class ShiftLeft31 {
  public static KernelInstance<Kernel4<Integer, int[], int[], long[]>> instance() {
    return Geobacter.kernelInstance(ShiftLeft31::kernel);
  }

  static void kernel(int count, int[] in, int[] out, long[] wide) {
    int i = Gpu.globalId(0);
    if (i < count) {
      int a = in[i];
      int one = 1 | (i & 0);
      int distance = 31 + (i & 0);
      out[i] = (a << 31) ^ (one << distance) ^ (a << (distance + 1)) ^ (a << -1);
      wide[i] = ((long) a << 31) + ((long) one << 63) + ((long) a << (distance + 33)) + (1L << distance);
    }
  }
}
