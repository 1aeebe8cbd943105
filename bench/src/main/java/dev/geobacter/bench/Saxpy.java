package dev.geobacter.bench;

import static dev.geobacter.Gpu.globalId;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import java.util.stream.IntStream;

/** {@code z = a * x + y} over float arrays: one Geobacter kernel and the same loop in plain Java. */
public final class Saxpy {
  private Saxpy() {}

  static final int GROUP_SIZE = 256;

  static void saxpy(float a, float[] x, float[] y, float[] z) {
    int i = globalId(0);
    if (i < z.length) z[i] = a * x[i] + y[i];
  }

  /** Runs the kernel on {@code device}; {@code z} holds the result when it returns. */
  public static void launch(Device device, float a, float[] x, float[] y, float[] z) {
    var kernel = Geobacter.kernelInstance(Saxpy::saxpy);
    device.launch(kernel, Grid.of(z.length, GROUP_SIZE), a, x, y, z);
  }

  public static void serial(float a, float[] x, float[] y, float[] z) {
    for (int i = 0; i < z.length; i++) z[i] = a * x[i] + y[i];
  }

  public static void parallel(float a, float[] x, float[] y, float[] z) {
    IntStream.range(0, z.length).parallel().forEach(i -> z[i] = a * x[i] + y[i]);
  }
}
