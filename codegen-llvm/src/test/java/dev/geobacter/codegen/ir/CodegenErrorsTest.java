package dev.geobacter.codegen.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.codegen.CodegenException;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.codegen.testing.HostDifferential;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Code the lowering cannot compile is reported with what, where (method, file, line) and what to
 * do, never as an LLVM crash. Each case pairs with a kernel one change away that compiles.
 */
class CodegenErrorsTest {
  private static CompiledKernels kernels;

  @BeforeAll
  static void compileKernels() {
    kernels = CompiledKernels.compile("Bad", """
        import static dev.geobacter.Gpu.*;
        class Bad {
          static int counter;
          static final int LIMIT = 4;

          static void readsField(int[] out) {
            out[0] = counter;
          }

          static void readsConstant(int[] out) {
            out[0] = LIMIT;
          }

          static void allocates(int[] out) {
            int[] tmp = new int[4];
            out[0] = tmp.length;
          }

          static void variableDimension(int[] out, int d) {
            out[0] = globalId(d);
          }
        }
        """);
  }

  private static CodegenException failure(String kernel) {
    return assertThrows(CodegenException.class,
        () -> HostDifferential.compiler().ir(kernels.program(kernel), CodegenOptions.defaults(), false));
  }

  @Test
  void mutableStaticFieldsAreRefusedButConstantsWork() {
    CodegenException e = failure("readsField");
    assertTrue(e.getMessage().contains("kernels cannot read the field Bad.counter"), e.getMessage());
    assertEquals(7, e.position().line());
    assertTrue(e.getMessage().endsWith("at Bad.readsField(Bad.java:7)"), e.getMessage());
    HostDifferential.compiler().ir(kernels.program("readsConstant"), CodegenOptions.defaults(), false);
  }

  @Test
  void arrayAllocationIsRefused() {
    CodegenException e = failure("allocates");
    assertTrue(e.getMessage().contains("allocate the array on the host"), e.getMessage());
    assertEquals(15, e.position().line());
  }

  @Test
  void workItemDimensionsMustBeConstant() {
    CodegenException e = failure("variableDimension");
    assertTrue(e.getMessage().contains("must be a constant 0, 1 or 2"), e.getMessage());
    assertEquals("variableDimension", e.position().method());
  }
}
