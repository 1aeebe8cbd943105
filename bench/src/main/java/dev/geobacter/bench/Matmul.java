package dev.geobacter.bench;

import static dev.geobacter.Gpu.globalId;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import java.util.stream.IntStream;

/**
 * Naive square matrix product {@code c = a b} in float, row-major, one output element per work-item,
 * summed over {@code k} in increasing order (the same order in every variant, so results are equal).
 */
public final class Matmul {
  private Matmul() {}

  static final int TILE = 16;

  static void matmul(float[] a, float[] b, float[] c, int n) {
    int col = globalId(0);
    int row = globalId(1);
    if (row >= n || col >= n) return;
    float sum = 0f;
    for (int k = 0; k < n; k++) sum += a[row * n + k] * b[k * n + col];
    c[row * n + col] = sum;
  }

  public static void launch(Device device, float[] a, float[] b, float[] c, int n) {
    var kernel = Geobacter.kernelInstance(Matmul::matmul);
    device.launch(kernel, Grid.of(n, n, TILE, TILE), a, b, c, n);
  }

  public static void serial(float[] a, float[] b, float[] c, int n) {
    for (int row = 0; row < n; row++) row(a, b, c, n, row);
  }

  public static void parallel(float[] a, float[] b, float[] c, int n) {
    IntStream.range(0, n).parallel().forEach(row -> row(a, b, c, n, row));
  }

  private static void row(float[] a, float[] b, float[] c, int n, int row) {
    for (int col = 0; col < n; col++) {
      float sum = 0f;
      for (int k = 0; k < n; k++) sum += a[row * n + k] * b[k * n + col];
      c[row * n + col] = sum;
    }
  }
}
