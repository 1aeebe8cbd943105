package dev.geobacter.bench;

import static dev.geobacter.Gpu.globalId;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import java.util.stream.IntStream;

/**
 * Escape-time iteration counts of the Mandelbrot set in float, one pixel per work-item, over the
 * square [-2.25, 0.75] x [-1.5, 1.5]: a compute-bound kernel with divergent loops.
 */
public final class Mandelbrot {
  private Mandelbrot() {}

  static final float X0 = -2.25f;
  static final float Y0 = -1.5f;
  static final float EXTENT = 3f;

  static void mandelbrot(int[] counts, int width, int height, float step, int maxIterations) {
    int px = globalId(0);
    int py = globalId(1);
    if (px >= width || py >= height) return;
    counts[py * width + px] = escapeTime(X0 + px * step, Y0 + py * step, maxIterations);
  }

  static int escapeTime(float cr, float ci, int maxIterations) {
    float zr = 0f;
    float zi = 0f;
    int n = 0;
    while (n < maxIterations && zr * zr + zi * zi <= 4f) {
      float next = zr * zr - zi * zi + cr;
      zi = 2f * zr * zi + ci;
      zr = next;
      n++;
    }
    return n;
  }

  /** The distance between neighbouring pixels for an image {@code width} pixels wide. */
  public static float step(int width) {
    return EXTENT / width;
  }

  public static void launch(Device device, int[] counts, int width, int height, int maxIterations) {
    var kernel = Geobacter.kernelInstance(Mandelbrot::mandelbrot);
    device.launch(kernel, Grid.of(width, height, 16, 16), counts, width, height, step(width), maxIterations);
  }

  public static void serial(int[] counts, int width, int height, int maxIterations) {
    for (int py = 0; py < height; py++) row(counts, width, py, maxIterations);
  }

  public static void parallel(int[] counts, int width, int height, int maxIterations) {
    IntStream.range(0, height).parallel().forEach(py -> row(counts, width, py, maxIterations));
  }

  private static void row(int[] counts, int width, int py, int maxIterations) {
    float step = step(width);
    for (int px = 0; px < width; px++) {
      float cr = X0 + px * step;
      float ci = Y0 + py * step;
      float zr = 0f;
      float zi = 0f;
      int n = 0;
      while (n < maxIterations && zr * zr + zi * zi <= 4f) {
        float next = zr * zr - zi * zi + cr;
        zi = 2f * zr * zi + ci;
        zr = next;
        n++;
      }
      counts[py * width + px] = n;
    }
  }
}
