package dev.geobacter.cuda.ptx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.cuda.testing.PluginCompiledClass;
import dev.geobacter.cuda.testing.Ptxas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code (float) Math.sqrt(float)} in an n-body force loop becomes the single-precision
 * {@code sqrt.rn.f32} (same bits as Java's double root rounded to float), not {@code sqrt.rn.f64}
 * between two conversions; a square root of a double stays double.
 */
class NarrowedSquareRootPtxTest {
  private static final PtxCompiler SM_90 = PtxCompiler.forComputeCapability(9, 0);
  private static PluginCompiledClass kernels;

  @BeforeAll
  static void compileKernels() {
    kernels = PluginCompiledClass.compile("Bodies", """
        import static dev.geobacter.Gpu.*;

        final class Bodies {
          static void accelerations(float[] x, float[] y, float[] z, float[] ax, float[] ay, float[] az, float eps) {
            int i = globalId(0);
            if (i >= x.length) return;
            float sx = 0f, sy = 0f, sz = 0f;
            for (int j = 0; j < x.length; j++) {
              float dx = x[j] - x[i], dy = y[j] - y[i], dz = z[j] - z[i];
              float d2 = dx * dx + dy * dy + dz * dz;
              float inverse = 1f / (float) Math.sqrt(d2 + eps);
              float inverseCube = inverse * inverse * inverse;
              sx += dx * inverseCube;
              sy += dy * inverseCube;
              sz += dz * inverseCube;
            }
            ax[i] = sx;
            ay[i] = sy;
            az[i] = sz;
          }

          static void roots(float[] x, float[] out) {
            int i = globalId(0);
            if (i < x.length) out[i] = (float) StrictMath.sqrt(x[i]);
          }

          static void doubleRoot(double[] d, float[] out) {
            int i = globalId(0);
            if (i < d.length) out[i] = (float) Math.sqrt(d[i]);
          }
        }
        """);
  }

  @Test
  void nbodyInverseDistanceIsASinglePrecisionCorrectlyRoundedRoot() throws Exception {
    for (CodegenOptions options : new CodegenOptions[] {CodegenOptions.defaults(),
        CodegenOptions.defaults().withoutChecks()}) {
      String ptx = SM_90.compile(kernels.program("accelerations"), options).ptx();
      assertTrue(ptx.contains("sqrt.rn.f32"), "(float) Math.sqrt(float) must be sqrt.rn.f32:\n" + ptx);
      assertFalse(ptx.contains("sqrt.rn.f64"), "no double square root left:\n" + ptx);
      assertFalse(ptx.contains("cvt.f64.f32") || ptx.contains("cvt.rn.f32.f64"), "no double round trip:\n" + ptx);
      assertFalse(ptx.contains(".approx") || ptx.contains(".ftz"),
          "the root and the division stay IEEE, without flushing subnormals:\n" + ptx);
      Ptxas.assertAssembles(ptx, "sm_90");
    }
  }

  @Test
  void strictMathRootOfAFloatIsNarrowedToo() throws Exception {
    String ptx = SM_90.compile(kernels.program("roots"), CodegenOptions.defaults().withoutChecks()).ptx();
    assertTrue(ptx.contains("sqrt.rn.f32") && !ptx.contains(".f64"), ptx);
    Ptxas.assertAssembles(ptx, "sm_90");
  }

  @Test
  void aDoubleOperandKeepsTheDoubleRoot() throws Exception {
    String ptx = SM_90.compile(kernels.program("doubleRoot"), CodegenOptions.defaults()).ptx();
    assertTrue(ptx.contains("sqrt.rn.f64") && ptx.contains("cvt.rn.f32.f64"), ptx);
    assertFalse(ptx.contains("sqrt.rn.f32"), ptx);
    Ptxas.assertAssembles(ptx, "sm_90");
  }
}
