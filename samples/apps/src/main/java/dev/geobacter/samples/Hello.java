package dev.geobacter.samples;

import static dev.geobacter.Gpu.globalId;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import java.util.Arrays;

public final class Hello {
  static void saxpy(float a, float[] x, float[] y) {
    int i = globalId(0);
    if (i < x.length) y[i] = a * x[i] + y[i];
  }

  public static void main(String[] args) {
    float[] x = {1, 2, 3, 4};
    float[] y = {10, 20, 30, 40};
    var kernel = Geobacter.kernelInstance(Hello::saxpy);   // a constant after compilation
    try (Device device = Device.best()) {                  // the best device present
      device.launch(kernel, Grid.of(x.length, 256), 2f, x, y);
    }
    System.out.println(Arrays.toString(y));                // [12.0, 24.0, 36.0, 48.0]
  }
}
