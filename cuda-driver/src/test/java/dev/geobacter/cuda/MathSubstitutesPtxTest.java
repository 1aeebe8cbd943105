package dev.geobacter.cuda;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Geobacter;
import dev.geobacter.KernelInstance;
import dev.geobacter.codegen.CodegenException;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.KernelProgram;
import dev.geobacter.cuda.ptx.PtxCompiler;
import dev.geobacter.cuda.testing.Ptxas;
import dev.geobacter.driver.respool.Respooler;
import dev.geobacter.driver.respool.SidecarCache;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.KernelMethod;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code Math}'s transcendental methods on NVIDIA, which has no math library to call: the driver's
 * respool adds their substitutes from the kernel math library to the kernel's graph, and the PTX
 * calls those (no external {@code sin}, no libdevice). A graph that lacks the library (its jar
 * missing from the class path) is refused with what to do.
 */
class MathSubstitutesPtxTest {
  private final Respooler respooler = new Respooler(new SidecarCache());
  private final PtxCompiler compiler = PtxCompiler.forComputeCapability(9, 0);

  private KernelProgram program(KernelInstance<?> kernel) {
    return KernelProgram.of(respooler.respool(kernel));
  }

  @Test
  void respoolAddsTheSubstitutesToTheGraph() {
    KernelGraph graph = respooler.respool(Geobacter.kernelInstance(MathKernels::trigonometry));
    for (String method : new String[] {"Trigonometry.sin", "Trigonometry.cos", "Trigonometry.tan", "ArcSine.asin",
        "ArcSine.acos", "ArcTangent.atan", "ArcTangent.atan2", "LargeReduction.quadrant"}) {
      assertTrue(graph.methods().stream().anyMatch(m -> (m.ref().getOwner() + "." + m.ref().getName())
          .equals("dev.geobacter.math." + method)), method + " is in the graph");
    }
  }

  @Test
  void trigonometryAssemblesForSm90WithAndWithoutChecks() throws Exception {
    for (CodegenOptions options : new CodegenOptions[] {CodegenOptions.defaults(),
        CodegenOptions.defaults().withoutChecks()}) {
      String ptx = compiler.compile(program(Geobacter.kernelInstance(MathKernels::trigonometry)), options).ptx();
      assertFalse(ptx.contains(".extern"), "nothing external to link (no libm, no libdevice):\n" + ptx);
      assertFalse(ptx.contains(".approx"), "no approximate instructions:\n" + ptx);
      Ptxas.assertAssembles(ptx, "sm_90");
    }
  }

  @Test
  void aSingleSineAssembles() throws Exception {
    String ptx = compiler.compile(program(Geobacter.kernelInstance(MathKernels::sine)), CodegenOptions.defaults())
        .ptx();
    assertTrue(ptx.contains("fma.rn.f64"), "the reduction's fused multiply-adds:\n" + ptx);
    Ptxas.assertAssembles(ptx, "sm_90");
  }

  @Test
  void theExpLogFamilyAssemblesForSm90() throws Exception {
    KernelGraph graph = respooler.respool(Geobacter.kernelInstance(MathKernels::expLog));
    for (String name : new String[] {"exp", "log", "log10", "pow", "sinh", "cosh", "tanh", "expm1", "log1p", "cbrt",
        "hypot"}) {
      assertTrue(graph.methods().stream().anyMatch(m -> m.ref().getOwner().equals("dev.geobacter.math.ExpLog")
          && m.ref().getName().equals(name)), "ExpLog." + name + " is in the graph");
    }
    String ptx = compiler.compile(KernelProgram.of(graph), CodegenOptions.defaults()).ptx();
    assertFalse(ptx.contains(".extern"), "nothing external to link (no libm, no libdevice):\n" + ptx);
    assertFalse(ptx.contains(".approx"), "no approximate instructions:\n" + ptx);
    Ptxas.assertAssembles(ptx, "sm_90");
  }

  @Test
  void aGraphWithoutTheLibraryIsRefusedWithWhatToDo() {
    KernelGraph full = respooler.respool(Geobacter.kernelInstance(MathKernels::sine));
    List<KernelMethod> kernelOnly = full.methods().stream()
        .filter(m -> !m.ref().getOwner().startsWith("dev.geobacter.math.")).toList();
    KernelGraph withoutLibrary = new KernelGraph(full.kernel(), kernelOnly, Map.of(), full.hash());
    CodegenException error = assertThrows(CodegenException.class,
        () -> compiler.compile(KernelProgram.of(withoutLibrary), CodegenOptions.defaults()));
    assertTrue(error.getMessage().contains("java.lang.Math.sin") && error.getMessage().contains("kernel-math jar"),
        error.getMessage());
  }
}
