package fuzz.corpus;

import dev.geobacter.Geobacter;
import dev.geobacter.Gpu;
import dev.geobacter.Kernel4;
import dev.geobacter.KernelInstance;

/** char is unsigned 16-bit: arithmetic promotes to int, ++ and += wrap within 0..65535. */
public final class CharArithmetic {
  public static KernelInstance<Kernel4<Integer, char[], char[], int[]>> instance() {
    return Geobacter.kernelInstance(CharArithmetic::kernel);
  }

  static void kernel(int count, char[] in, char[] out, int[] ints) {
    int i = Gpu.globalId(0);
    if (i < count) {
      char c = in[i];
      char top = (char) (65535 | (i & 0));
      top++;
      c += 40000;
      char d = (char) (c - 'a');
      d--;
      out[i] = (char) (c * 3 + top + d);
      ints[i] = (c - 'z') ^ (top << 16) ^ -d ^ (char) -1 ^ ('a' + d);
    }
  }
}
