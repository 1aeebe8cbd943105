package dev.geobacter.driver.respool;

import static dev.geobacter.Gpu.globalId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Geobacter;
import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.rules.Descriptors;
import dev.geobacter.rules.MathSubstitutes;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.KernelMethod;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A kernel calling {@code Math}'s substituted methods gets their kernel-code substitutes, and all
 * they call, in its graph: read from the kernel-math jar's sidecars and checked by the kernel rules
 * (so the library itself obeys them). Functions without a substitute add nothing.
 */
class MathSubstitutesRespoolTest {
  static void everySubstitutedMethod(double[] x, double[] y) {
    int i = globalId(0);
    y[i] = Math.sin(x[i]) + Math.cos(x[i]) + Math.tan(x[i]) + Math.asin(x[i]) + Math.acos(x[i]) + Math.atan(x[i])
        + Math.atan2(x[i], y[i]);
  }

  static void squareRoot(double[] x) {
    int i = globalId(0);
    x[i] = Math.sqrt(x[i]);
  }

  private final Respooler respooler = new Respooler(new SidecarCache());

  @Test
  void theGraphHoldsEverySubstituteAndTheLibraryPassesTheRules() {
    KernelGraph graph = respooler.respool(Geobacter.kernelInstance(MathSubstitutesRespoolTest::everySubstitutedMethod));
    Set<MethodRef> methods = graph.methods().stream().map(KernelMethod::ref).collect(Collectors.toSet());
    for (String name : List.of("sin", "cos", "tan", "asin", "acos", "atan", "atan2")) {
      MethodRef math = Descriptors.methodRef("java.lang.Math", name, name.equals("atan2") ? "(DD)D" : "(D)D");
      MethodRef substitute = MathSubstitutes.of(math).orElseThrow();
      assertTrue(methods.contains(substitute), substitute + " is in the graph");
    }
    KernelMethod sin = graph.methods().stream().filter(m -> m.ref().getName().equals("sin")).findFirst().orElseThrow();
    assertEquals("Trigonometry.java", sin.sourceFile());
    assertTrue(sin.origin().contains("dev/geobacter/math/Trigonometry.gbm"), sin.origin());
    // The reductions and polynomials come along with the entry points.
    assertTrue(graph.methods().stream().anyMatch(m -> m.ref().getOwner().equals("dev.geobacter.math.LargeReduction")));
  }

  @Test
  void exactIntrinsicsAddNothing() {
    KernelGraph graph = respooler.respool(Geobacter.kernelInstance(MathSubstitutesRespoolTest::squareRoot));
    assertEquals(List.of("squareRoot"), graph.methods().stream().map(m -> m.ref().getName()).toList());
  }
}
