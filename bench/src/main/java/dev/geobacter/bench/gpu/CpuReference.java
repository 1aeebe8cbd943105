package dev.geobacter.bench.gpu;

/**
 * What the GPU must compute, on the CPU, with the same float operations in the same order: the
 * checks compare bit for bit.
 */
final class CpuReference {
  private CpuReference() {}

  static float saxpy(float a, float x, float y) {
    return a * x + y;
  }

  /** The sum of group {@code group}'s {@code groupSize} values by the kernel's tree (0 past the end). */
  static float blockSum(float[] values, int group, int groupSize) {
    float[] tree = new float[groupSize];
    for (int t = 0; t < groupSize; t++) {
      long i = (long) group * groupSize + t;
      tree[t] = i < values.length ? values[(int) i] : 0f;
    }
    for (int stride = groupSize / 2; stride > 0; stride /= 2) {
      for (int t = 0; t < stride; t++) tree[t] += tree[t + stride];
    }
    return tree[0];
  }

  /** Entry {@code index} (row-major) of {@code a b} for n x n matrices, summed over k ascending. */
  static float matmulEntry(float[] a, float[] b, int n, int index) {
    int row = index / n;
    int col = index % n;
    float sum = 0f;
    for (int k = 0; k < n; k++) sum += a[row * n + k] * b[k * n + col];
    return sum;
  }

  static int mandelbrotPixel(int px, int py, float step) {
    return GpuKernels.escapeTime(-2.25f + px * step, -1.5f + py * step);
  }

  /** Body {@code i} after one step: 8 floats, its new position then its new velocity. */
  static float[] body(float[] pos, float[] vel, int n, int i) {
    float[] newPos = new float[4 * n];
    float[] newVel = new float[4 * n];
    GpuKernels.bodyStep(pos, vel, newPos, newVel, n, i);
    float[] result = new float[8];
    System.arraycopy(newPos, 4 * i, result, 0, 4);
    System.arraycopy(newVel, 4 * i, result, 4, 4);
    return result;
  }

  static float stencilPoint(float[] in, int size, int x, int y) {
    return GpuKernels.stencilPoint(in, size, x, y);
  }
}
