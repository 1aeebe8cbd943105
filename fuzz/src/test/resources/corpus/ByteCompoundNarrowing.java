package fuzz.corpus;

import dev.geobacter.Geobacter;
import dev.geobacter.Gpu;
import dev.geobacter.Kernel4;
import dev.geobacter.KernelInstance;

/** byte b; b += 300 narrows the int sum back to byte; compound assignments with long and double operands narrow too. */
public final class ByteCompoundNarrowing {
  public static KernelInstance<Kernel4<Integer, byte[], byte[], short[]>> instance() {
    return Geobacter.kernelInstance(ByteCompoundNarrowing::kernel);
  }

  static void kernel(int count, byte[] in, byte[] out, short[] shorts) {
    int i = Gpu.globalId(0);
    if (i < count) {
      byte b = in[i];
      b += 300;
      byte c = (byte) (127 + (i & 0));
      c++;
      b -= 1e10;
      b *= c;
      short s = (short) b;
      s <<= 40L;
      s += 70000.5f;
      out[i] = (byte) (b ^ c);
      shorts[i] = s;
    }
  }
}
