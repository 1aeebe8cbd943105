package fuzz.corpus;

import dev.geobacter.Geobacter;
import dev.geobacter.Gpu;
import dev.geobacter.Kernel4;
import dev.geobacter.KernelInstance;

/** -(a & INT_MIN) is INT_MIN or 0: negating INT_MIN wraps to itself. */
public final class NegateSignBit {
  public static KernelInstance<Kernel4<Integer, int[], int[], long[]>> instance() {
    return Geobacter.kernelInstance(NegateSignBit::kernel);
  }

  static void kernel(int count, int[] in, int[] out, long[] wide) {
    int i = Gpu.globalId(0);
    if (i < count) {
      int a = in[i];
      int m = -(a & Integer.MIN_VALUE);
      int n = -(Integer.MIN_VALUE | (i & 0));
      out[i] = m ^ n ^ -(a | Integer.MIN_VALUE);
      wide[i] = -((long) a & Long.MIN_VALUE) + -(Long.MIN_VALUE + (i & 0));
    }
  }
}
