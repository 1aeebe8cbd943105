package fuzz.corpus;

import dev.geobacter.Geobacter;
import dev.geobacter.Gpu;
import dev.geobacter.Kernel4;
import dev.geobacter.KernelInstance;

/** Math.min(-0.0, 0.0) is -0.0 and Math.max is 0.0: Java orders -0.0 below +0.0 (unlike fmin). */
public final class MinOfZeros {
  public static KernelInstance<Kernel4<Integer, double[], double[], float[]>> instance() {
    return Geobacter.kernelInstance(MinOfZeros::kernel);
  }

  static void kernel(int count, double[] in, double[] out, float[] floats) {
    int i = Gpu.globalId(0);
    if (i < count) {
      double negZero = -0.0 + (i & 0) * -0.0;
      double zero = 0.0 * (1 + (i & 0));
      out[i] = Math.min(negZero, zero) + Math.min(zero, negZero) * 2 - Math.max(negZero, zero) + Math.min(in[i], zero);
      floats[i] = Math.min(0.0f, (float) negZero) - Math.max((float) negZero, 0.0f) * Math.min(-0.0f, (float) in[i]);
    }
  }
}
