package dev.geobacter.cuda;

import static dev.geobacter.Gpu.*;

/**
 * The kernels the GPU tests launch, compiled with the plugin like user code. The PTX tests compile
 * them too, so a kernel the GPU tests need is known to assemble before it ever reaches a GPU.
 */
final class GpuKernels {
  /** Every kernel below, for the PTX tests. */
  static final java.util.List<String> NAMES =
      java.util.List.of("saxpy", "shift", "quotients", "neighbours", "grid2d", "scalars", "arrays", "columnSums");

  private GpuKernels() {}

  static void saxpy(float a, float[] x, float[] y) {
    int i = globalId(0);
    if (i < x.length) y[i] = a * x[i] + y[i];
  }

  static void shift(int[] in, int[] out) {
    int i = globalId(0);
    out[i] = in[i + 1];
  }

  static void quotients(int[] a, int[] b) {
    int i = globalId(0);
    a[i] = a[i] / b[i];
  }

  static void neighbours(int[] values, int[] out) {
    int i = globalId(0);
    values[i] = values[i] * 2 + groupId(0);
    barrier();
    int next = localId(0) + 1 < localSize(0) ? values[i + 1] : 0;
    out[i] = next + numGroups(0) + globalSize(0);
  }

  static void grid2d(long[] out, int width) {
    int x = globalId(0), y = globalId(1);
    out[y * width + x] = (long) x * 1_000_003L + y * globalSize(0) + localId(1) + groupId(1) * localSize(1);
  }

  static int mix(int a, int b) {
    return a / b + a % b;
  }

  static void scalars(boolean flag, byte b, char c, short s, long l, double d, int[] ints, double[] doubles) {
    int i = globalId(0);
    ints[i] = mix(ints[i], i + 1) + Integer.bitCount(ints[i]) + Long.numberOfLeadingZeros(l) + (flag ? b : c + s);
    doubles[i] = Math.sqrt(doubles[i]) + Math.floor(d) + Math.max(d, doubles[i]) + Math.fma(d, d, 1.0)
        + Math.copySign(d, -1.0) + Math.abs(doubles[i]) + Math.rint(d) + doubles[i] / 3.0;
  }

  static void arrays(boolean[] flags, byte[] bytes, char[] chars, short[] shorts, long[] longs, float[] floats,
      long l, double d) {
    int i = globalId(0);
    if (i >= floats.length) return;
    floats[i] = Math.min(floats[i], 2f) + Math.round(floats[i]) + (float) Math.ceil(floats[i]) + floats[i] / 7f;
    longs[i] = longs[i] / (l | 1) + Math.round(d) + (long) d + (longs[i] >>> 3) + (longs[i] << 61);
    flags[i] = flags[i] ^ (i % 3 == 0);
    bytes[i] += (byte) l;
    chars[i] += (char) i;
    shorts[i] *= (short) d;
  }

  /** A column walk ({@code m[k * n + col]}): its checks are proven before the loop or kept in it. */
  static void columnSums(float[] m, float[] sums, int n) {
    int col = globalId(0);
    if (col >= n) return;
    float sum = 0f;
    for (int k = 0; k < n; k++) sum += m[k * n + col];
    sums[col] = sum;
  }
}
