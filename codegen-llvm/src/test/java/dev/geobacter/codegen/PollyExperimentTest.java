package dev.geobacter.codegen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.codegen.testing.HostDifferential;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The experimental Polly hook. Skipped unless {@value #SHIM} names a shim built by
 * {@code bench/polly/build-shim.sh}: {@code mvn ... -Dtest=PollyExperimentTest -Dgeobacter.test.pollyShim=PATH}.
 */
class PollyExperimentTest {
  static final String SHIM = "geobacter.test.pollyShim";
  static final String OPTIONS = "-polly -polly-process-unprofitable";

  private static CompiledKernels kernels;

  @BeforeEach
  void useTheShim() {
    String shim = System.getProperty(SHIM);
    assumeTrue(shim != null && !shim.isBlank(), "no Polly shim given (-D" + SHIM + "=PATH)");
    System.setProperty(PollyExperiment.OPTIONS_PROPERTY, OPTIONS);
    System.setProperty(PollyExperiment.SHIM_PROPERTY, shim);
    if (kernels == null) kernels = PollyKernels.compile();
  }

  @AfterEach
  void stopUsingTheShim() {
    System.clearProperty(PollyExperiment.SHIM_PROPERTY);
    System.clearProperty(PollyExperiment.OPTIONS_PROPERTY);
  }

  @Test
  void pollyRewritesTheUncheckedStencilOnlyThroughTheShim() {
    CodegenOptions unchecked = CodegenOptions.defaults().withoutChecks();
    String withPolly = HostDifferential.compiler().ir(kernels.program("stencil"), unchecked, true);
    System.clearProperty(PollyExperiment.SHIM_PROPERTY);
    String without = HostDifferential.compiler().ir(kernels.program("stencil"), unchecked, true);
    assertTrue(withPolly.contains("polly.stmt"), "Polly generated no statements:\n" + withPolly);
    assertFalse(without.contains("polly"), "Polly ran without the shim:\n" + without);
  }

  @Test
  void pollyCompiledKernelsComputeWhatJavaDoes() throws Throwable {
    var cases = PollyKernels.survivable(PollyKernels.matmul(48), PollyKernels.stencil(70), PollyKernels.nbody(300));
    for (var launchAndOptions : cases) {
      PollyKernels.Launch launch = launchAndOptions.getKey();
      HostDifferential.assertSameAsJava(kernels, launch.kernel(), launchAndOptions.getValue(), launch.grid(),
          launch.arguments());
    }
  }
}
