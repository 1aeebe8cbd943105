package dev.geobacter.bench.gpu;

import static dev.geobacter.Gpu.barrier;
import static dev.geobacter.Gpu.globalId;
import static dev.geobacter.Gpu.groupId;
import static dev.geobacter.Gpu.localId;
import static dev.geobacter.Gpu.localSize;

/**
 * The kernels of {@code bench/gpu/cuda/*.cu} as Geobacter kernels: the same grid shapes, the same
 * work per thread and the same float operations in the same order. The per-point helpers
 * ({@link #escapeTime}, {@link #bodyStep}, {@link #stencilPoint}) are shared with the CPU
 * reference, as the CUDA programs share their {@code __host__ __device__} functions.
 */
final class GpuKernels {
  private GpuKernels() {}

  static final int BLOCK = 256;
  static final int TILE = 16;
  static final int MAX_ITERATIONS = 256;
  static final float DT = 0.01f;
  static final float EPS = 0.01f;

  static void saxpy(float a, float[] x, float[] y, float[] z, int n) {
    int i = globalId(0);
    if (i < n) z[i] = a * x[i] + y[i];
  }

  /**
   * One partial sum per group, by a tree over {@code scratch} (as long as the grid). Kernels have
   * no shared memory yet, so the tree lives in global memory, unlike the CUDA version's.
   */
  static void blockSums(float[] values, float[] scratch, float[] sums, int n) {
    int local = localId(0);
    int i = globalId(0);
    scratch[i] = i < n ? values[i] : 0f;
    barrier();
    for (int stride = localSize(0) / 2; stride > 0; stride /= 2) {
      if (local < stride) scratch[i] += scratch[i + stride];
      barrier();
    }
    if (local == 0) sums[groupId(0)] = scratch[i];
  }

  static void matmul(float[] a, float[] b, float[] c, int n) {
    int col = globalId(0);
    int row = globalId(1);
    if (row >= n || col >= n) return;
    float sum = 0f;
    for (int k = 0; k < n; k++) sum += a[row * n + k] * b[k * n + col];
    c[row * n + col] = sum;
  }

  static void mandelbrot(int[] counts, int width, int height, float step) {
    int px = globalId(0);
    int py = globalId(1);
    if (px >= width || py >= height) return;
    counts[py * width + px] = escapeTime(-2.25f + px * step, -1.5f + py * step);
  }

  static int escapeTime(float cr, float ci) {
    float zr = 0f;
    float zi = 0f;
    int n = 0;
    while (n < MAX_ITERATIONS && zr * zr + zi * zi <= 4f) {
      float next = zr * zr - zi * zi + cr;
      zi = 2f * zr * zi + ci;
      zr = next;
      n++;
    }
    return n;
  }

  /** Bodies are packed {@code (x, y, z, mass)} and velocities {@code (x, y, z, 0)}, as CUDA's float4. */
  static void nbody(float[] pos, float[] vel, float[] newPos, float[] newVel, int n) {
    int i = globalId(0);
    if (i < n) bodyStep(pos, vel, newPos, newVel, n, i);
  }

  static void bodyStep(float[] pos, float[] vel, float[] newPos, float[] newVel, int n, int i) {
    float xi = pos[4 * i];
    float yi = pos[4 * i + 1];
    float zi = pos[4 * i + 2];
    float mass = pos[4 * i + 3];
    float ax = 0f;
    float ay = 0f;
    float az = 0f;
    for (int j = 0; j < n; j++) {
      float dx = pos[4 * j] - xi;
      float dy = pos[4 * j + 1] - yi;
      float dz = pos[4 * j + 2] - zi;
      float d2 = dx * dx + dy * dy + dz * dz;
      float inv = 1f / (float) Math.sqrt(d2 + EPS);
      float s = pos[4 * j + 3] * inv * inv * inv;
      ax += dx * s;
      ay += dy * s;
      az += dz * s;
    }
    float vx = vel[4 * i] + ax * DT;
    float vy = vel[4 * i + 1] + ay * DT;
    float vz = vel[4 * i + 2] + az * DT;
    newVel[4 * i] = vx;
    newVel[4 * i + 1] = vy;
    newVel[4 * i + 2] = vz;
    newVel[4 * i + 3] = 0f;
    newPos[4 * i] = xi + vx * DT;
    newPos[4 * i + 1] = yi + vy * DT;
    newPos[4 * i + 2] = zi + vz * DT;
    newPos[4 * i + 3] = mass;
  }

  static void stencil(float[] in, float[] out, int size) {
    int x = globalId(0);
    int y = globalId(1);
    if (x < size && y < size) out[y * size + x] = stencilPoint(in, size, x, y);
  }

  static float stencilPoint(float[] in, int size, int x, int y) {
    int i = y * size + x;
    if (x == 0 || y == 0 || x == size - 1 || y == size - 1) return in[i];
    return 0.2f * ((((in[i] + in[i - size]) + in[i + size]) + in[i - 1]) + in[i + 1]);
  }

  /** The launch-overhead kernel: does nothing with its one parameter. */
  static void empty(int unused) {}

  /** Proves that launches reach the GPU in the overhead measurement. */
  static void setFlag(int[] flag) {
    flag[0] = 1;
  }

  /**
   * Keeps the GPU busy for a while (a chain of dependent float operations, about 100 µs per
   * 25,000 rounds on an H100), so that a timed launch queued behind it starts without the host's
   * launch latency in its time.
   */
  static void spin(int rounds, float[] sink) {
    float x = 1f;
    for (int r = 0; r < rounds; r++) x = x * 0.5f + 1f;
    sink[0] = x;
  }
}
