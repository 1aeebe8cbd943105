package dev.geobacter.driver.jvm;

import static dev.geobacter.Gpu.barrier;
import static dev.geobacter.Gpu.globalId;
import static dev.geobacter.Gpu.groupId;
import static dev.geobacter.Gpu.localId;
import static dev.geobacter.Gpu.localSize;

/** Kernels the jvm device tests launch; compiled with -Xplugin:Geobacter like user code. */
final class TestKernels {
  private TestKernels() {}

  static void saxpy(float a, float[] x, float[] y) {
    int i = globalId(0);
    if (i < x.length) y[i] = a * x[i] + y[i];
  }

  /** Marks every work-item that runs, ragged ones included: {@code hits} is as large as the launch. */
  static void countWorkItems(int[] hits, int n, int[] inRange) {
    int i = globalId(0);
    hits[i] += 1;
    if (i < n) inRange[i] = i;
  }

  /** {@code c = a * b} for row-major {@code rows x inner} and {@code inner x cols} matrices. */
  static void matmul(float[] a, float[] b, float[] c, int rows, int inner, int cols) {
    int col = globalId(0);
    int row = globalId(1);
    if (row < rows && col < cols) {
      float sum = 0f;
      for (int k = 0; k < inner; k++) {
        sum += a[row * inner + k] * b[k * cols + col];
      }
      c[row * cols + col] = sum;
    }
  }

  /** Each group writes its slice of {@code in} reversed into {@code out}; needs the barrier. */
  static void reverseWithinGroup(int[] in, int[] out, int[] scratch) {
    int i = globalId(0);
    int base = groupId(0) * localSize(0);
    scratch[i] = in[i];
    barrier();
    out[i] = scratch[base + localSize(0) - 1 - localId(0)];
  }

  /** Tree reduction per group in a scratch array: {@code sums[g]} = sum of group g's elements. */
  static void groupSums(int[] in, int[] scratch, int[] sums) {
    int i = globalId(0);
    int local = localId(0);
    int base = groupId(0) * localSize(0);
    scratch[i] = i < in.length ? in[i] : 0;
    barrier();
    for (int stride = localSize(0) / 2; stride > 0; stride = stride / 2) {
      if (local < stride) scratch[base + local] = scratch[base + local] + scratch[base + local + stride];
      barrier();
    }
    if (local == 0) sums[groupId(0)] = scratch[base];
  }

  /** Reads past the end of {@code x} in the work-item whose id is {@code x.length}. */
  static void unguarded(float[] x) {
    int i = globalId(0);
    x[i] = x[i] * 2f;
  }

  /** Work-item 0 fails at once; every work-item that runs marks itself. */
  static void failFirst(int[] ran) {
    int i = globalId(0);
    ran[i] = 1;
    if (i == 0) ran[i - 1] = 1;
  }

  static void divide(int[] values, int divisor) {
    int i = globalId(0);
    if (i < values.length) values[i] = values[i] / divisor;
  }

  /** Work-item 3 fails before the barrier that its group's other work-items wait at. */
  static void failBeforeBarrier(int[] data) {
    int i = globalId(0);
    data[i + (i == 3 ? data.length : 0)] = 1;
    barrier();
    data[i] = 2;
  }

  /** Work-item 0 of each group skips the barrier the others reach: an error, never a hang. */
  static void divergentBarrier(int[] data) {
    int i = globalId(0);
    if (localId(0) != 0) {
      barrier();
    }
    data[i] = 1;
  }
}
