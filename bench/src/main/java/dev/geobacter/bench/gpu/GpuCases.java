package dev.geobacter.bench.gpu;

import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.bench.Inputs;
import dev.geobacter.bench.gpu.GpuSession.DeviceArray;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The six kernels of {@code bench/gpu/cuda} at their sizes there, with fresh inputs from a seed,
 * uploaded to the GPU, and their checks: every element of saxpy, reduce (each block sum, same tree
 * order) and stencil; 4096 random entries of matmul; every 16th row of mandelbrot; 512 random
 * bodies of nbody. All checks are bit for bit (see {@link Comparison}).
 */
final class GpuCases {
  private GpuCases() {}

  static final List<String> NAMES = List.of("saxpy", "reduce", "matmul", "mandelbrot", "nbody", "stencil");

  /** The case called {@code name} at {@code sizes} ({@link Sizes#CUDA}: the CUDA programs' sizes). */
  static GpuCase create(String name, GpuSession gpu, long seed, Sizes sizes) {
    return switch (name) {
      case "saxpy" -> saxpy(gpu, seed, sizes.elements());
      case "reduce" -> reduce(gpu, seed, sizes.elements());
      case "matmul" -> matmul(gpu, seed, sizes.matrix());
      case "mandelbrot" -> mandelbrot(gpu, sizes.image());
      case "nbody" -> nbody(gpu, seed, sizes.bodies());
      case "stencil" -> stencil(gpu, seed, sizes.image());
      default -> throw new IllegalArgumentException("no GPU benchmark named '" + name + "'; there are " + NAMES);
    };
  }

  /** Problem sizes: 1-D element count, matrix side, image side, body count. */
  record Sizes(int elements, int matrix, int image, int bodies) {
    static final Sizes CUDA = new Sizes(1 << 26, 2048, 4096, 65536);
  }

  private static GpuCase saxpy(GpuSession gpu, long seed, int n) {
    float a = 2.5f;
    float[] x = Inputs.uniform(n, seed, -1f, 1f);
    float[] y = Inputs.uniform(n, seed + 1, -1f, 1f);
    DeviceArray z = gpu.allocate(n);
    return new GpuCase("saxpy", Geobacter.kernelInstance(GpuKernels::saxpy), Grid.of(n, GpuKernels.BLOCK),
        new Object[] {a, gpu.upload(x), gpu.upload(y), z, n}, List.of(z), GpuCase.RUNS, "gb_s",
        ms -> 3.0 * 4 * n / (ms * 1e6), session -> {
          float[] want = new float[n];
          for (int i = 0; i < n; i++) want[i] = CpuReference.saxpy(a, x[i], y[i]);
          return Comparison.firstDifference("saxpy", session.downloadFloats(z), want, i -> "element " + i);
        }, List.of());
  }

  private static GpuCase reduce(GpuSession gpu, long seed, int n) {
    int blocks = (n + GpuKernels.BLOCK - 1) / GpuKernels.BLOCK;
    float[] values = Inputs.uniform(n, seed, -1f, 1f);
    DeviceArray sums = gpu.allocate(blocks);
    DeviceArray scratch = gpu.allocate(blocks * GpuKernels.BLOCK);
    return new GpuCase("reduce", Geobacter.kernelInstance(GpuKernels::blockSums), Grid.of(n, GpuKernels.BLOCK),
        new Object[] {gpu.upload(values), scratch, sums, n}, List.of(sums), GpuCase.RUNS, "gb_s",
        ms -> 4.0 * n / (ms * 1e6), session -> {
          float[] want = new float[blocks];
          for (int b = 0; b < blocks; b++) want[b] = CpuReference.blockSum(values, b, GpuKernels.BLOCK);
          return Comparison.firstDifference("reduce", session.downloadFloats(sums), want, b -> "block " + b);
        }, List.of("scratch=global_memory"));
  }

  private static GpuCase matmul(GpuSession gpu, long seed, int n) {
    float[] a = Inputs.uniform(n * n, seed, -1f, 1f);
    float[] b = Inputs.uniform(n * n, seed + 1, -1f, 1f);
    DeviceArray c = gpu.allocate(n * n);
    int[] sampled = new SplittableRandom(seed + 2).ints(Math.min(4096, n * n), 0, n * n).toArray();
    return new GpuCase("matmul", Geobacter.kernelInstance(GpuKernels::matmul),
        Grid.of(n, n, GpuKernels.TILE, GpuKernels.TILE), new Object[] {gpu.upload(a), gpu.upload(b), c, n}, List.of(c),
        GpuCase.FEW_RUNS, "gflops", ms -> 2.0 * n * n * n / (ms * 1e6), session -> {
          float[] all = session.downloadFloats(c);
          float[] got = new float[sampled.length];
          float[] want = new float[sampled.length];
          for (int s = 0; s < sampled.length; s++) {
            got[s] = all[sampled[s]];
            want[s] = CpuReference.matmulEntry(a, b, n, sampled[s]);
          }
          return Comparison.firstDifference("matmul", got, want,
              s -> "entry (" + sampled[s] / n + ", " + sampled[s] % n + ")");
        }, List.of());
  }

  private static GpuCase mandelbrot(GpuSession gpu, int size) {
    float step = 3f / size;
    DeviceArray counts = gpu.allocate(size * size);
    int rowStride = 16;
    int rows = (size + rowStride - 1) / rowStride;
    return new GpuCase("mandelbrot", Geobacter.kernelInstance(GpuKernels::mandelbrot),
        Grid.of(size, size, GpuKernels.TILE, GpuKernels.TILE), new Object[] {counts, size, size, step}, List.of(counts),
        GpuCase.FEW_RUNS, "mpixel_s", ms -> (double) size * size / (ms * 1e3), session -> {
          int[] all = session.downloadInts(counts);
          int[] got = new int[rows * size];
          int[] want = new int[rows * size];
          for (int r = 0; r < rows; r++) {
            for (int px = 0; px < size; px++) {
              got[r * size + px] = all[r * rowStride * size + px];
              want[r * size + px] = CpuReference.mandelbrotPixel(px, r * rowStride, step);
            }
          }
          return Comparison.firstDifference("mandelbrot", got, want,
              k -> "pixel (" + k % size + ", " + k / size * rowStride + ")");
        }, List.of());
  }

  private static GpuCase nbody(GpuSession gpu, long seed, int n) {
    float[] pos = Inputs.bodies(n, seed);
    float[] vel = Inputs.uniform(4 * n, seed + 1, -0.1f, 0.1f);
    for (int i = 0; i < n; i++) vel[4 * i + 3] = 0f;
    DeviceArray newPos = gpu.allocate(4 * n);
    DeviceArray newVel = gpu.allocate(4 * n);
    int[] sampled = new SplittableRandom(seed + 2).ints(Math.min(512, n), 0, n).toArray();
    return new GpuCase("nbody", Geobacter.kernelInstance(GpuKernels::nbody), Grid.of(n, GpuKernels.BLOCK),
        new Object[] {gpu.upload(pos), gpu.upload(vel), newPos, newVel, n}, List.of(newPos, newVel), GpuCase.FEW_RUNS,
        "ginteractions_s", ms -> (double) n * n / (ms * 1e6), session -> {
          float[] positions = session.downloadFloats(newPos);
          float[] velocities = session.downloadFloats(newVel);
          float[] got = new float[8 * sampled.length];
          float[] want = new float[8 * sampled.length];
          for (int s = 0; s < sampled.length; s++) {
            int i = sampled[s];
            System.arraycopy(positions, 4 * i, got, 8 * s, 4);
            System.arraycopy(velocities, 4 * i, got, 8 * s + 4, 4);
            System.arraycopy(CpuReference.body(pos, vel, n, i), 0, want, 8 * s, 8);
          }
          return Comparison.firstDifference("nbody", got, want,
              k -> "body " + sampled[k / 8] + (k % 8 < 4 ? " position" : " velocity") + " component " + k % 4);
        }, List.of("loads=vector"));
  }

  private static GpuCase stencil(GpuSession gpu, long seed, int size) {
    float[] in = Inputs.uniform(size * size, seed, -1f, 1f);
    DeviceArray out = gpu.allocate(size * size);
    return new GpuCase("stencil", Geobacter.kernelInstance(GpuKernels::stencil),
        Grid.of(size, size, GpuKernels.TILE, GpuKernels.TILE), new Object[] {gpu.upload(in), out, size}, List.of(out),
        GpuCase.RUNS, "gb_s", ms -> 2.0 * 4 * size * size / (ms * 1e6), session -> {
          float[] want = new float[size * size];
          for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) want[y * size + x] = CpuReference.stencilPoint(in, size, x, y);
          }
          return Comparison.firstDifference("stencil", session.downloadFloats(out), want,
              i -> "point (" + i % size + ", " + i / size + ")");
        }, List.of());
  }
}
