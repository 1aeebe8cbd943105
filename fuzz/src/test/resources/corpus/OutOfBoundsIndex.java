package fuzz.corpus;

import dev.geobacter.Geobacter;
import dev.geobacter.Gpu;
import dev.geobacter.Kernel4;
import dev.geobacter.KernelInstance;

/**
 * An index past the end in a helper: every device throws ArrayIndexOutOfBoundsException with the
 * JVM's message ("Index 52 out of bounds for length 16"), from the first failing work-item.
 */
public final class OutOfBoundsIndex {
  public static KernelInstance<Kernel4<Integer, int[], int[], long[]>> instance() {
    return Geobacter.kernelInstance(OutOfBoundsIndex::kernel);
  }

  static void kernel(int count, int[] in, int[] out, long[] wide) {
    int i = Gpu.globalId(0);
    if (i < count) {
      out[i] = in[i & 15];
      wide[i] = read(in, i + 48 - (count & 1));
    }
  }

  static int read(int[] values, int index) {
    return values[index] + values.length;
  }
}
