package dev.geobacter.codegen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.codegen.testing.CompiledKernels;
import org.junit.jupiter.api.Test;

/**
 * StrictMath's transcendental methods must return fdlibm's exact bits, which compiled kernels do
 * not reproduce: the plugin refuses them at the call with GB132 and names the Math form to use,
 * while the exact StrictMath methods compile.
 */
class StrictMathRefusalTest {
  @Test
  void strictMathSinInAKernelIsACompileErrorThatSuggestsMathSin() {
    AssertionError e = assertThrows(AssertionError.class, () -> CompiledKernels.compile("Waves", """
        import dev.geobacter.Geobacter;
        import static dev.geobacter.Gpu.*;
        class Waves {
          static void wave(double[] x) {
            int i = globalId(0);
            x[i] = StrictMath.sin(x[i]) + StrictMath.sqrt(x[i]);
          }

          static void launch() {
            Geobacter.kernelInstance(Waves::wave);
          }
        }
        """));
    String message = e.getMessage();
    assertTrue(message.contains("6:12 [GB132] java.lang.StrictMath.sin(double) must return fdlibm's exact result,"
        + " which kernel code cannot reproduce on devices; call java.lang.Math.sin(double) instead"), message);
    assertFalse(message.contains("sqrt"), "StrictMath.sqrt is exact and stays allowed: " + message);
  }

  @Test
  void exactStrictMathMethodsAndMathTranscendentalsCompile() {
    CompiledKernels kernels = CompiledKernels.compile("Angles", """
        import dev.geobacter.Geobacter;
        import static dev.geobacter.Gpu.*;
        class Angles {
          static void angles(double[] x) {
            int i = globalId(0);
            x[i] = Math.sin(StrictMath.toRadians(x[i])) + StrictMath.ulp(x[i]) + StrictMath.floorMod(i, 3);
          }

          static void launch() {
            Geobacter.kernelInstance(Angles::angles);
          }
        }
        """);
    assertTrue(kernels.method("angles").hasBody());
  }
}
