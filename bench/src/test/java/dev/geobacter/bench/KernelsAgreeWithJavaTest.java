package dev.geobacter.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import dev.geobacter.Device;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every benchmark kernel, run on the {@code jvm} device (and on {@code host} where that backend
 * is present), and the parallel-stream loop compute exactly what the single-threaded loop
 * computes. Sizes are small and not multiples of the group sizes, so ragged last groups are covered.
 */
class KernelsAgreeWithJavaTest {
  private Device opened;

  @AfterEach
  void close() {
    if (opened != null) opened.close();
  }

  /** The {@code jvm} device is always there; a compiled device is tested only where it is present. */
  private Device open(String name) {
    try {
      opened = Device.byName(name);
    } catch (IllegalArgumentException e) {
      if (name.equals("jvm")) throw e;
      abort("device " + name + " is not present here: " + e.getMessage());
    }
    return opened;
  }

  @ParameterizedTest
  @ValueSource(strings = {"jvm", "host"})
  void saxpy(String deviceName) {
    Device device = open(deviceName);
    int n = 1000;
    float[] x = Inputs.uniform(n, 1, -1f, 1f);
    float[] y = Inputs.uniform(n, 2, -1f, 1f);
    float[] expected = new float[n];
    Saxpy.serial(2.5f, x, y, expected);
    assertTrue(distinctValues(expected) > n / 2, "inputs must not be degenerate");

    float[] onDevice = nans(n);
    Saxpy.launch(device, 2.5f, x, y, onDevice);
    Results.requireSame("saxpy on " + deviceName, expected, onDevice);
    float[] inParallel = nans(n);
    Saxpy.parallel(2.5f, x, y, inParallel);
    Results.requireSame("saxpy in parallel", expected, inParallel);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jvm", "host"})
  void mandelbrot(String deviceName) {
    Device device = open(deviceName);
    int width = 37;
    int height = 29;
    int[] expected = new int[width * height];
    Mandelbrot.serial(expected, width, height, 64);
    // The view holds points that escape at once, points inside the set, and everything between.
    assertTrue(Arrays.stream(expected).anyMatch(n -> n == 64));
    assertTrue(Arrays.stream(expected).anyMatch(n -> n <= 2));
    assertTrue(Arrays.stream(expected).distinct().count() > 10);

    int[] onDevice = minusOnes(width * height);
    Mandelbrot.launch(device, onDevice, width, height, 64);
    Results.requireSame("mandelbrot on " + deviceName, expected, onDevice);
    int[] inParallel = minusOnes(width * height);
    Mandelbrot.parallel(inParallel, width, height, 64);
    Results.requireSame("mandelbrot in parallel", expected, inParallel);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jvm", "host"})
  void matmul(String deviceName) {
    Device device = open(deviceName);
    int n = 23;
    float[] a = Inputs.uniform(n * n, 3, -1f, 1f);
    float[] b = Inputs.uniform(n * n, 4, -1f, 1f);
    float[] expected = new float[n * n];
    Matmul.serial(a, b, expected, n);
    // Spot-check one element against the definition, summed in the same order.
    float c57 = 0f;
    for (int k = 0; k < n; k++) c57 += a[5 * n + k] * b[k * n + 7];
    assertTrue(Float.compare(c57, expected[5 * n + 7]) == 0, "c[5][7] = " + expected[5 * n + 7] + ", want " + c57);

    float[] onDevice = nans(n * n);
    Matmul.launch(device, a, b, onDevice, n);
    Results.requireSame("matmul on " + deviceName, expected, onDevice);
    float[] inParallel = nans(n * n);
    Matmul.parallel(a, b, inParallel, n);
    Results.requireSame("matmul in parallel", expected, inParallel);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jvm", "host"})
  void nbody(String deviceName) {
    Device device = open(deviceName);
    int bodies = 300;
    float[] pos = Inputs.bodies(bodies, 5);
    float[] vel = Inputs.velocities(bodies, 6);
    float[] expectedPos = new float[pos.length];
    float[] expectedVel = new float[vel.length];
    NBody.serial(pos, vel, expectedPos, expectedVel, 0.01f, 0.01f);
    for (int i = 0; i < bodies; i++) {
      assertTrue(expectedVel[4 * i] != vel[4 * i], "body " + i + " was not accelerated");
      assertTrue(expectedPos[4 * i + 3] == pos[4 * i + 3], "body " + i + " lost its mass");
    }

    float[] newPos = nans(pos.length);
    float[] newVel = nans(vel.length);
    NBody.launch(device, pos, vel, newPos, newVel, 0.01f, 0.01f);
    Results.requireSame("nbody positions on " + deviceName, expectedPos, newPos);
    Results.requireSame("nbody velocities on " + deviceName, expectedVel, newVel);
    float[] parallelPos = nans(pos.length);
    float[] parallelVel = nans(vel.length);
    NBody.parallel(pos, vel, parallelPos, parallelVel, 0.01f, 0.01f);
    assertArrayEquals(expectedPos, parallelPos);
    assertArrayEquals(expectedVel, parallelVel);
  }

  private static float[] nans(int n) {
    float[] values = new float[n];
    Arrays.fill(values, Float.NaN);
    return values;
  }

  private static int[] minusOnes(int n) {
    int[] values = new int[n];
    Arrays.fill(values, -1);
    return values;
  }

  private static long distinctValues(float[] values) {
    return IntStream.range(0, values.length).mapToObj(i -> values[i]).distinct().count();
  }
}
