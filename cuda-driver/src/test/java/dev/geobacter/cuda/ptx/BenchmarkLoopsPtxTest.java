package dev.geobacter.cuda.ptx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.cuda.testing.PluginCompiledClass;
import dev.geobacter.cuda.testing.PtxLoops;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The inner loops of the GPU benchmark kernels (bench/gpu), with checks on, against what nvcc
 * makes of the same CUDA C++ ({@code -O3 --fmad=false}): no bounds check inside, pointers stepped
 * in 64 bits, vector loads of packed records, no recomputed squares.
 */
class BenchmarkLoopsPtxTest {
  private static final PtxCompiler SM_90 = PtxCompiler.forComputeCapability(9, 0);
  private static PluginCompiledClass kernels;

  @BeforeAll
  static void compileKernels() {
    kernels = PluginCompiledClass.compile("Bench", """
        import static dev.geobacter.Gpu.*;

        final class Bench {
          static void matmul(float[] a, float[] b, float[] c, int n) {
            int col = globalId(0);
            int row = globalId(1);
            if (row >= n || col >= n) return;
            float sum = 0f;
            for (int k = 0; k < n; k++) sum += a[row * n + k] * b[k * n + col];
            c[row * n + col] = sum;
          }

          static void nbody(float[] pos, float[] vel, float[] newPos, float[] newVel, int n) {
            int i = globalId(0);
            if (i >= n) return;
            float xi = pos[4 * i], yi = pos[4 * i + 1], zi = pos[4 * i + 2];
            float ax = 0f, ay = 0f, az = 0f;
            for (int j = 0; j < n; j++) {
              float dx = pos[4 * j] - xi;
              float dy = pos[4 * j + 1] - yi;
              float dz = pos[4 * j + 2] - zi;
              float d2 = dx * dx + dy * dy + dz * dz;
              float inv = 1f / (float) Math.sqrt(d2 + 0.01f);
              float s = pos[4 * j + 3] * inv * inv * inv;
              ax += dx * s;
              ay += dy * s;
              az += dz * s;
            }
            newVel[4 * i] = vel[4 * i] + ax;
            newVel[4 * i + 1] = vel[4 * i + 1] + ay;
            newVel[4 * i + 2] = vel[4 * i + 2] + az;
          }

          static void mandelbrot(int[] counts, int width, int height, float step) {
            int px = globalId(0);
            int py = globalId(1);
            if (px >= width || py >= height) return;
            float cr = -2.25f + px * step, ci = -1.5f + py * step;
            float zr = 0f, zi = 0f;
            int n = 0;
            while (n < 256 && zr * zr + zi * zi <= 4f) {
              float next = zr * zr - zi * zi + cr;
              zi = 2f * zr * zi + ci;
              zr = next;
              n++;
            }
            counts[py * width + px] = n;
          }

          static void stencil(float[] in, float[] out, int size) {
            int x = globalId(0);
            int y = globalId(1);
            if (x <= 0 || y <= 0 || x >= size - 1 || y >= size - 1) return;
            int i = y * size + x;
            out[i] = 0.2f * ((((in[i] + in[i - size]) + in[i + size]) + in[i - 1]) + in[i + 1]);
          }
        }
        """);
  }

  private static List<List<String>> loops(String kernel) {
    String ptx = SM_90.compile(kernels.program(kernel), CodegenOptions.defaults()).ptx();
    List<List<String>> loops = PtxLoops.singleBlockLoops(ptx);
    assertTrue(!loops.isEmpty(), "no single-block loop in " + kernel + ":\n" + ptx);
    return loops;
  }

  /** The loop with the most instructions matching {@code opcode}. */
  private static List<String> hottest(List<List<String>> loops, String opcode) {
    return loops.stream().max((x, y) -> Long.compare(PtxLoops.count(x, opcode), PtxLoops.count(y, opcode))).orElseThrow();
  }

  @Test
  void matmulsCheckedInnerLoopIsUnrolledWithoutChecksAndStepsPointers() {
    // nvcc: 4 iterations in 24 instructions, no 32-bit index re-extended per access.
    List<String> loop = hottest(loops("matmul"), "ld.global.f32");
    assertEquals(8, PtxLoops.count(loop, "ld.global.f32"), String.join("\n", loop));
    assertEquals(0, PtxLoops.count(loop, "mul.wide.s32"), String.join("\n", loop));
    assertTrue(loop.size() <= 27, loop.size() + " instructions for 4 iterations:\n" + String.join("\n", loop));
  }

  @Test
  void nbodysCheckedInnerLoopIsUnrolledAndLoadsEachBodyWithOneVectorLoad() {
    // nvcc: 4 bodies per iteration, each one ld.global.v4.f32 of a float4 and 21 arithmetic instructions.
    List<String> loop = hottest(loops("nbody"), "ld.global.v4.f32");
    assertEquals(4, PtxLoops.count(loop, "ld.global.v4.f32"), String.join("\n", loop));
    assertEquals(0, PtxLoops.count(loop, "ld.global.f32"), String.join("\n", loop));
    assertTrue(loop.size() <= 4 * 23, loop.size() + " instructions for 4 bodies:\n" + String.join("\n", loop));
  }

  @Test
  void aFailedCheckIsOneBranchToTheColdPathNotABranchAroundAJump() {
    String ptx = SM_90.compile(kernels.program("stencil"), CodegenOptions.defaults()).ptx();
    String[] lines = ptx.lines().map(String::trim).toArray(String[]::new);
    int aroundJumps = 0;
    for (int i = 0; i + 2 < lines.length; i++) {
      var conditional = java.util.regex.Pattern.compile("@%p\\d+ bra\\s+(\\$L__\\w+);").matcher(lines[i]);
      if (conditional.matches() && lines[i + 1].startsWith("bra.uni") && lines[i + 2].equals(conditional.group(1) + ":")) {
        aroundJumps++;
      }
    }
    assertEquals(0, aroundJumps, ptx);
    assertEquals(6, ptx.lines().filter(l -> l.contains("call.uni")).count(), "six checks, six calls:\n" + ptx);
  }

  @Test
  void mandelbrotsLoopSharesTheSquaresBetweenConditionAndBody() {
    // nvcc: three multiplications per iteration (zr * zr and zi * zi once each, 2 * zr * zi).
    List<String> loop = hottest(loops("mandelbrot"), "mul.rn.f32");
    assertEquals(3, PtxLoops.count(loop, "mul.rn.f32"), String.join("\n", loop));
  }
}
