package fuzz.corpus;

import dev.geobacter.Geobacter;
import dev.geobacter.Gpu;
import dev.geobacter.Kernel4;
import dev.geobacter.KernelInstance;

/**
 * Integer division and remainder by a zero that is only known at run time throw
 * ArithmeticException("/ by zero"); floating division by zero does not.
 */
public final class DivisionByZero {
  public static KernelInstance<Kernel4<Integer, long[], double[], long[]>> instance() {
    return Geobacter.kernelInstance(DivisionByZero::kernel);
  }

  static void kernel(int count, long[] in, double[] out, long[] wide) {
    int i = Gpu.globalId(0);
    if (i < count) {
      double zero = i & 0;
      out[i] = in[i] / zero + 1.0 / zero;
      int shift = count - i - 1; // zero for the last work-item
      wide[i] = in[i] % (shift >> 31 | shift) + 7 / shift;
    }
  }
}
