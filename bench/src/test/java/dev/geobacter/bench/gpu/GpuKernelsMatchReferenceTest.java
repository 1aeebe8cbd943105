package dev.geobacter.bench.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.bench.Inputs;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every GPU benchmark kernel, run on the {@code jvm} device at small, ragged sizes, equals the CPU
 * reference the GPU run is checked against, bit for bit: the kernels compute what the CUDA
 * programs compute, and the reference is the one the H100 results must match.
 */
class GpuKernelsMatchReferenceTest {
  private static Device jvm;

  @BeforeAll
  static void open() {
    jvm = Device.byName("jvm");
  }

  @AfterAll
  static void close() {
    jvm.close();
  }

  @Test
  void saxpy() {
    int n = 1000;
    float[] x = Inputs.uniform(n, 1, -1f, 1f);
    float[] y = Inputs.uniform(n, 2, -1f, 1f);
    float[] z = new float[n + 24];
    Arrays.fill(z, Float.NaN);
    jvm.launch(Geobacter.kernelInstance(GpuKernels::saxpy), Grid.of(z.length, GpuKernels.BLOCK), 2.5f, x, y, z, n);
    for (int i = 0; i < n; i++) assertEquals(CpuReference.saxpy(2.5f, x[i], y[i]), z[i], "element " + i);
    for (int i = n; i < z.length; i++) assertEquals(Float.NaN, z[i], "element " + i + " is past n: untouched");
  }

  @Test
  void reduceGivesEachGroupsTreeSumIncludingARaggedLastGroup() {
    int n = 1000;
    int groups = 4;
    float[] values = Inputs.uniform(n, 3, -1f, 1f);
    float[] scratch = new float[groups * GpuKernels.BLOCK];
    float[] sums = new float[groups];
    jvm.launch(Geobacter.kernelInstance(GpuKernels::blockSums), Grid.of(n, GpuKernels.BLOCK), values, scratch, sums, n);
    for (int g = 0; g < groups; g++) {
      assertEquals(CpuReference.blockSum(values, g, GpuKernels.BLOCK), sums[g], "group " + g);
    }
    float sequential = 0f;
    for (int i = 3 * GpuKernels.BLOCK; i < n; i++) sequential += values[i];
    assertEquals(sequential, sums[3], Math.abs(sequential) * 1e-5f, "the ragged group sums its 232 values");
  }

  @Test
  void matmulOnAGridLargerThanTheMatrix() {
    int n = 20;
    float[] a = Inputs.uniform(n * n, 4, -1f, 1f);
    float[] b = Inputs.uniform(n * n, 5, -1f, 1f);
    float[] c = new float[n * n];
    jvm.launch(Geobacter.kernelInstance(GpuKernels::matmul), Grid.of(n, n, GpuKernels.TILE, GpuKernels.TILE), a, b, c, n);
    for (int i = 0; i < n * n; i++) assertEquals(CpuReference.matmulEntry(a, b, n, i), c[i], "entry " + i);
  }

  @Test
  void matmulReferenceIsRowTimesColumn() {
    float[] a = {1, 2, 3, 4};
    float[] b = {5, 6, 7, 8};
    assertArrayEquals(new float[] {19, 22, 43, 50},
        new float[] {CpuReference.matmulEntry(a, b, 2, 0), CpuReference.matmulEntry(a, b, 2, 1),
            CpuReference.matmulEntry(a, b, 2, 2), CpuReference.matmulEntry(a, b, 2, 3)});
  }

  @Test
  void mandelbrot() {
    int size = 40;
    float step = 3f / size;
    int[] counts = new int[size * size];
    jvm.launch(Geobacter.kernelInstance(GpuKernels::mandelbrot), Grid.of(size, size, GpuKernels.TILE, GpuKernels.TILE),
        counts, size, size, step);
    for (int py = 0; py < size; py++) {
      for (int px = 0; px < size; px++) {
        assertEquals(CpuReference.mandelbrotPixel(px, py, step), counts[py * size + px], "pixel (" + px + ", " + py + ")");
      }
    }
    assertEquals(GpuKernels.MAX_ITERATIONS, GpuKernels.escapeTime(0f, 0f), "the origin never escapes");
    assertEquals(1, GpuKernels.escapeTime(2f, 2f), "a far point escapes after one iteration");
  }

  @Test
  void nbody() {
    int n = 300;
    float[] pos = Inputs.bodies(n, 6);
    float[] vel = Inputs.uniform(4 * n, 7, -0.1f, 0.1f);
    float[] newPos = new float[4 * n];
    float[] newVel = new float[4 * n];
    jvm.launch(Geobacter.kernelInstance(GpuKernels::nbody), Grid.of(n, GpuKernels.BLOCK), pos, vel, newPos, newVel, n);
    for (int i = 0; i < n; i++) {
      float[] want = CpuReference.body(pos, vel, n, i);
      assertArrayEquals(Arrays.copyOfRange(want, 0, 4), Arrays.copyOfRange(newPos, 4 * i, 4 * i + 4), "position " + i);
      assertArrayEquals(Arrays.copyOfRange(want, 4, 8), Arrays.copyOfRange(newVel, 4 * i, 4 * i + 4), "velocity " + i);
    }
    assertEquals(pos[3], newPos[3], "mass is carried over");
  }

  @Test
  void nbodyPullsTwoBodiesTogether() {
    float[] pos = {-1, 0, 0, 1, 1, 0, 0, 1};
    float[] vel = new float[8];
    float[] body0 = CpuReference.body(pos, vel, 2, 0);
    float inv = 1f / (float) Math.sqrt(4f + GpuKernels.EPS);
    assertEquals(2f * inv * inv * inv * GpuKernels.DT, body0[4], "velocity toward the other body");
    assertEquals(0f, body0[5]);
  }

  @Test
  void stencilAveragesInsideAndCopiesTheBorder() {
    int size = 37;
    float[] in = Inputs.uniform(size * size, 8, -1f, 1f);
    float[] out = new float[size * size];
    jvm.launch(Geobacter.kernelInstance(GpuKernels::stencil), Grid.of(size, size, GpuKernels.TILE, GpuKernels.TILE),
        in, out, size);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        assertEquals(CpuReference.stencilPoint(in, size, x, y), out[y * size + x], "point (" + x + ", " + y + ")");
      }
    }
    assertEquals(in[0], out[0], "corner copied");
    int centre = 18 * size + 18;
    assertEquals(0.2f * ((((in[centre] + in[centre - size]) + in[centre + size]) + in[centre - 1]) + in[centre + 1]),
        out[centre]);
  }

  @Test
  void helperKernels() {
    int[] flag = {0};
    jvm.launch(Geobacter.kernelInstance(GpuKernels::setFlag), Grid.of(1, 1), flag);
    assertEquals(1, flag[0]);
    float[] sink = {0f};
    jvm.launch(Geobacter.kernelInstance(GpuKernels::spin), Grid.of(1, 1), 100, sink);
    assertEquals(2f, sink[0], "x = x / 2 + 1 converges to 2");
    jvm.launch(Geobacter.kernelInstance(GpuKernels::empty), Grid.of(1, 1), 3);
  }
}
