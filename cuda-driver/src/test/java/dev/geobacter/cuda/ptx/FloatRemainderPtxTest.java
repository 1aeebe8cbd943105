package dev.geobacter.cuda.ptx;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.cuda.testing.PluginCompiledClass;
import dev.geobacter.cuda.testing.Ptxas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Java's floating {@code %} is exact. LLVM's NVPTX expansion of {@code frem},
 * {@code x - trunc(x / y) * y}, is not (on the H100 {@code 5.35 % 1e-300} gave {@code -4.6e257}, and
 * {@code -Infinity} came out as {@code +Infinity}): the remainder must be our long division, with no
 * division and no truncating conversion in the PTX.
 */
class FloatRemainderPtxTest {
  private static final PtxCompiler SM_90 = PtxCompiler.forComputeCapability(9, 0);
  private static PluginCompiledClass kernels;

  @BeforeAll
  static void compileKernels() {
    kernels = PluginCompiledClass.compile("Remainders", """
        import static dev.geobacter.Gpu.*;

        final class Remainders {
          static void doubles(double[] x, double[] y, double[] out) {
            int i = globalId(0);
            if (i < x.length) out[i] = x[i] % y[i];
          }

          static void floats(float[] x, float[] y, float[] out) {
            int i = globalId(0);
            if (i < x.length) out[i] = x[i] % y[i];
          }
        }
        """);
  }

  @Test
  void doubleRemainderIsNotTheInexactTruncatedQuotientExpansion() throws Exception {
    assertExactRemainder("doubles", "f64");
  }

  @Test
  void floatRemainderIsNotTheInexactTruncatedQuotientExpansion() throws Exception {
    assertExactRemainder("floats", "f32");
  }

  private static void assertExactRemainder(String kernel, String type) throws Exception {
    for (CodegenOptions options : new CodegenOptions[] {CodegenOptions.defaults(),
        CodegenOptions.defaults().withoutChecks()}) {
      String ptx = SM_90.compile(kernels.program(kernel), options).ptx();
      assertFalse(ptx.contains("div.rn." + type) || ptx.contains("div.full." + type),
          "% must not divide (x - trunc(x / y) * y is inexact):\n" + ptx);
      assertFalse(ptx.contains("cvt.rzi." + type), "% must not truncate a quotient:\n" + ptx);
      Ptxas.assertAssembles(ptx, "sm_90");
    }
  }
}
