package dev.geobacter.cuda;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.cuda.ptx.PtxCompiler;
import dev.geobacter.cuda.testing.PluginCompiledClass;
import dev.geobacter.cuda.testing.Ptxas;
import org.junit.jupiter.api.Test;

/**
 * Every kernel the GPU tests launch, compiled to PTX here and checked by {@code ptxas}, with and
 * without checks: a code generation problem shows up on the build machine, not first on the GPU.
 */
class GpuKernelsPtxTest {
  private final PluginCompiledClass kernels = PluginCompiledClass.onClassPath(GpuKernels.class);
  private final PtxCompiler compiler = PtxCompiler.forComputeCapability(9, 0);

  @Test
  void everyGpuTestKernelAssemblesForSm90() throws Exception {
    for (String name : GpuKernels.NAMES) {
      for (CodegenOptions options : new CodegenOptions[] {CodegenOptions.defaults(),
          CodegenOptions.defaults().withoutChecks()}) {
        Ptxas.assertAssembles(compiler.compile(kernels.program(name), options).ptx(), "sm_90");
      }
    }
  }

  @Test
  void floatingPointDivisionAndSquareRootAreCorrectlyRounded() throws Exception {
    String arrays = compiler.compile(kernels.program("arrays"), CodegenOptions.defaults()).ptx();
    assertTrue(arrays.contains("div.rn.f32"), "Java's float / is IEEE:\n" + arrays);
    String scalars = compiler.compile(kernels.program("scalars"), CodegenOptions.defaults()).ptx();
    assertTrue(scalars.contains("div.rn.f64") && scalars.contains("sqrt.rn.f64"),
        scalars);
    for (String ptx : new String[] {arrays, scalars}) {
      assertFalse(ptx.contains(".approx") || ptx.contains(".ftz"),
          "no approximate or flush-to-zero arithmetic by default:\n" + ptx);
    }
  }
}
