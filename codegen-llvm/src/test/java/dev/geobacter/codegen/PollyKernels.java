package dev.geobacter.codegen;

import dev.geobacter.Grid;
import dev.geobacter.codegen.testing.CompiledKernels;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The loop kernels of the Polly experiment: the bench module's naive matmul and all-pairs n-body
 * step, and a 5-point Jacobi stencil, each with its grid and inputs at a size that runs for tens of
 * milliseconds on the host.
 */
final class PollyKernels {
  static final String SOURCE = """
      import static dev.geobacter.Gpu.*;
      class Loops {
        static void matmul(float[] a, float[] b, float[] c, int n) {
          int col = globalId(0);
          int row = globalId(1);
          if (row >= n || col >= n) return;
          float sum = 0f;
          for (int k = 0; k < n; k++) sum += a[row * n + k] * b[k * n + col];
          c[row * n + col] = sum;
        }
        static void stencil(float[] in, float[] out, int n) {
          int x = globalId(0);
          int y = globalId(1);
          if (x < 1 || y < 1 || x >= n - 1 || y >= n - 1) return;
          int i = y * n + x;
          out[i] = 0.2f * (in[i] + in[i - 1] + in[i + 1] + in[i - n] + in[i + n]);
        }
        static void nbody(float[] pos, float[] vel, float[] newPos, float[] newVel, float dt, float eps) {
          int i = globalId(0);
          int n = pos.length / 4;
          if (i >= n) return;
          float xi = pos[4 * i];
          float yi = pos[4 * i + 1];
          float zi = pos[4 * i + 2];
          float ax = 0f;
          float ay = 0f;
          float az = 0f;
          for (int j = 0; j < n; j++) {
            float dx = pos[4 * j] - xi;
            float dy = pos[4 * j + 1] - yi;
            float dz = pos[4 * j + 2] - zi;
            float d2 = dx * dx + dy * dy + dz * dz;
            float inv = 1f / (float) Math.sqrt(d2 + eps);
            float s = pos[4 * j + 3] * inv * inv * inv;
            ax += dx * s;
            ay += dy * s;
            az += dz * s;
          }
          float vx = vel[4 * i] + ax * dt;
          float vy = vel[4 * i + 1] + ay * dt;
          float vz = vel[4 * i + 2] + az * dt;
          newVel[4 * i] = vx;
          newVel[4 * i + 1] = vy;
          newVel[4 * i + 2] = vz;
          newVel[4 * i + 3] = 0f;
          newPos[4 * i] = xi + vx * dt;
          newPos[4 * i + 1] = yi + vy * dt;
          newPos[4 * i + 2] = zi + vz * dt;
          newPos[4 * i + 3] = pos[4 * i + 3];
        }
      }
      """;

  /** One kernel launch: its name, grid, fresh arguments per call and which argument is the output. */
  record Launch(String kernel, Grid grid, int output, Supplier<Object[]> arguments) {}

  private PollyKernels() {}

  /**
   * The kernel and checks combinations Polly survives. With checks off, the n-body step aborts the
   * process inside Polly (isl: "Unhandled error state", with {@code -polly} alone too), so it is left out.
   */
  static List<Map.Entry<Launch, CodegenOptions>> survivable(Launch matmul, Launch stencil, Launch nbody) {
    CodegenOptions checked = CodegenOptions.defaults();
    CodegenOptions unchecked = checked.withoutChecks();
    return List.of(Map.entry(matmul, checked), Map.entry(matmul, unchecked), Map.entry(stencil, checked),
        Map.entry(stencil, unchecked), Map.entry(nbody, checked));
  }

  static CompiledKernels compile() {
    return CompiledKernels.compile("Loops", SOURCE);
  }

  /** Matmul n x n, stencil n x n, n-body with n bodies. */
  static Launch matmul(int n) {
    return new Launch("matmul", Grid.of(n, n, 16, 16), 2,
        () -> new Object[] {floats(n * n, 1), floats(n * n, 2), new float[n * n], n});
  }

  static Launch stencil(int n) {
    return new Launch("stencil", Grid.of(n, n, 16, 16), 1, () -> new Object[] {floats(n * n, 3), new float[n * n], n});
  }

  static Launch nbody(int n) {
    return new Launch("nbody", Grid.of(n, 256), 2,
        () -> new Object[] {floats(4 * n, 4), floats(4 * n, 5), new float[4 * n], new float[4 * n], 0.01f, 0.01f});
  }

  private static float[] floats(int length, long seed) {
    Random random = new Random(seed);
    float[] values = new float[length];
    for (int i = 0; i < length; i++) values[i] = random.nextFloat();
    return values;
  }
}
