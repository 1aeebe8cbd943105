package dev.geobacter.codegen.host;

import static dev.geobacter.codegen.testing.HostDifferential.assertSameAsJava;

import dev.geobacter.Grid;
import dev.geobacter.codegen.testing.CompiledKernels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Statements, calls and the work-item intrinsics, compiled for the host and compared with Java. */
class ControlFlowHostTest {
  private static final String SOURCE = """
      import static dev.geobacter.Gpu.*;
      class Flow {
        static int collatz(int n) {
          int steps = 0;
          while (n != 1) {
            n = (n & 1) == 0 ? n / 2 : 3 * n + 1;
            steps++;
          }
          return steps;
        }

        static int gcd(int a, int b) {
          return b == 0 ? a : gcd(b, a % b);
        }

        static int fallThrough(int x) {
          switch (x % 7) {
            case 0:
              return 10;
            case 1:
            case 2:
              x += 3;
            case 3:
              return x * 2;
            case -1:
              break;
            default:
              x = -x;
          }
          return x;
        }

        static int arrows(char c) {
          int r;
          switch (c) {
            case 'a' -> r = 1;
            case 'b', 'c' -> {
              r = 2;
              if (c == 'c') break;
              r = 20;
            }
            default -> r = 3;
          }
          return r;
        }

        static int labeled(int n) {
          int found = -1;
          outer:
          for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
              if (j > i) continue outer;
              if (i * j == 12) {
                found = i * 100 + j;
                break outer;
              }
            }
          }
          return found;
        }

        static long sum(int[] data) {
          long s = 0;
          for (int v : data) s += v;
          return s;
        }

        static double widenedSum(float[] data) {
          double s = 0;
          for (double v : data) {
            if (v < 0) continue;
            s += v;
          }
          return s;
        }

        static int doLoop(int n) {
          int i = 0;
          do {
            i += 3;
          } while (i < n);
          return i;
        }

        static int block(int x) {
          done: {
            if (x > 5) break done;
            x *= 2;
          }
          return x;
        }

        static int forever(int x) {
          int k = 0;
          for (;;) {
            if (x <= 0 || k > 40) break;
            x -= k++;
          }
          return k;
        }

        static void kernel(int[] in, float[] f, int[] out, long[] sums, double[] d) {
          int i = globalId(0);
          if (i >= in.length) return;
          int x = in[i];
          int k = i * 10;
          out[k] = collatz(x & 1023 | 1);
          out[k + 1] = gcd(Math.abs(x), 36);
          out[k + 2] = fallThrough(x);
          out[k + 3] = arrows((char) ('a' + (x & 3)));
          out[k + 4] = labeled(x % 20);
          out[k + 5] = doLoop(x % 50);
          out[k + 6] = block(x % 10);
          out[k + 7] = forever(x % 300);
          out[k + 8] = x > 3 && x < 50 || x == -7 ? 1 : x < -100 ^ x > 100 ? 2 : 3;
          int y = x;
          out[k + 9] = (y += 5) * (y++) + (--y) + (y <<= 2);
          sums[i] = sum(in);
          d[i] = widenedSum(f);
        }

        static void grid2d(int[] out, int width) {
          int x = globalId(0), y = globalId(1);
          if (x >= width || y * width + x >= out.length) return;
          out[y * width + x] = x * 1000 + y + localId(0) * 7 + groupId(1) * 13 + numGroups(0) * 17
              + localSize(1) * 19 + globalSize(0) * 23 + globalSize(1) + localId(1) * 29 + groupId(0) * 31;
        }

        static void grid3d(int[] out) {
          int id = (globalId(2) * globalSize(1) + globalId(1)) * globalSize(0) + globalId(0);
          out[id] = localId(2) * 10000 + groupId(2) * 1000 + localSize(2) * 100 + numGroups(2);
        }
      }
      """;

  private static CompiledKernels kernels;

  @BeforeAll
  static void compileKernels() {
    kernels = CompiledKernels.compile("Flow", SOURCE);
  }

  @Test
  void loopsSwitchesLabelsAndCallsMatchJava() throws Throwable {
    int[] in = {1, 2, 3, 7, 12, 27, -1, -7, -14, 0, 100, 4, 5, 6, 97, -150, 150, 13, 19, 1000};
    float[] f = {1.5f, -2f, 3.25f, 0.1f};
    assertSameAsJava(kernels, "kernel", Grid.of(in.length, 8),
        () -> new Object[] {in.clone(), f.clone(), new int[in.length * 10], new long[in.length], new double[in.length]});
  }

  @Test
  void twoDimensionalGridsGiveEveryIdAndSize() throws Throwable {
    int width = 13;
    int height = 7;
    assertSameAsJava(kernels, "grid2d", Grid.of(width, height, 4, 2),
        () -> new Object[] {new int[width * 8], width});
    assertSameAsJava(kernels, "grid2d", Grid.of(width, height, 16, 1),
        () -> new Object[] {new int[width * 8], width});
  }

  @Test
  void threeDimensionalGridsCoverEveryWorkItemOnce() throws Throwable {
    assertSameAsJava(kernels, "grid3d", Grid.of(6, 4, 5, 3, 2, 5), () -> new Object[] {new int[6 * 4 * 5]});
  }

  @Test
  void largeGridsSpreadOverThreadsStillMatch() throws Throwable {
    int[] in = new int[20_000];
    for (int i = 0; i < in.length; i++) in[i] = i * 7919 - 10_000_000;
    float[] f = {1f};
    assertSameAsJava(kernels, "kernel", Grid.of(in.length, 128),
        () -> new Object[] {in.clone(), f.clone(), new int[in.length * 10], new long[in.length], new double[in.length]});
  }
}
