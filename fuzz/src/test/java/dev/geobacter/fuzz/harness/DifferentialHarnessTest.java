package dev.geobacter.fuzz.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Device;
import dev.geobacter.Grid;
import dev.geobacter.KernelInstance;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The harness on hand-written kernels and on devices with planted differences. */
class DifferentialHarnessTest {
  private static final String DIVIDE = """
      package fuzz.test;

      import dev.geobacter.Geobacter;
      import dev.geobacter.Gpu;
      import dev.geobacter.Kernel3;
      import dev.geobacter.KernelInstance;

      public final class Divide {
        public static KernelInstance<Kernel3<Integer, int[], int[]>> instance() {
          return Geobacter.kernelInstance(Divide::kernel);
        }

        static void kernel(int count, int[] in, int[] out) {
          int i = Gpu.globalId(0);
          if (i < count) out[i] = 1000 / (i - 2);
        }
      }
      """;

  /** Runs on the jvm, then rewrites what an exception says: as a device that decorates messages would. */
  static final class MessageDecoratingDevice extends Device {
    private final Device jvm = Device.byName("jvm");

    @Override
    public String name() {
      return "decorating";
    }

    @Override
    protected void run(KernelInstance<?> kernel, Grid grid, Object[] args) {
      try {
        Launcher.launchNow(jvm, kernel, grid, args);
      } catch (ArithmeticException e) {
        throw new ArithmeticException(e.getMessage() + " in a decorated form");
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Test
  void theOracleAgreesWithItselfAndReportsTheFirstWorkItemsException() {
    try (DifferentialHarness harness = new DifferentialHarness(List.of(), 30)) {
      Verdict verdict = harness.check(Map.of("fuzz.test.Divide", DIVIDE), Map.of("fuzz.test.Divide", 1L), 3, true)
          .get("fuzz.test.Divide");
      assertTrue(verdict.agrees(), verdict.mismatches().toString());
      // Work-item 2 divides by zero whenever count > 2; the inputs of seed 1 make it so.
      Outcome.Threw threw = (Outcome.Threw) verdict.oracle();
      assertEquals("java.lang.ArithmeticException: / by zero", threw.summary());
      assertEquals("kernel:15", threw.frame());
    }
  }

  @Test
  void aDeviceWhoseExceptionMessageDiffersIsAMismatch() {
    try (DifferentialHarness harness = new DifferentialHarness(List.of(new MessageDecoratingDevice()), 30)) {
      Verdict verdict = harness.check(Map.of("fuzz.test.Divide", DIVIDE), Map.of("fuzz.test.Divide", 1L), 1, true)
          .get("fuzz.test.Divide");
      assertEquals(1, verdict.mismatches().size(), verdict.mismatches().toString());
      Verdict.DeviceMismatch m = verdict.mismatches().get(0);
      assertEquals("decorating", m.device());
      assertEquals("the exception", m.mismatch().where());
      assertEquals("java.lang.ArithmeticException: / by zero in a decorated form", m.mismatch().actual());
    }
  }

  @Test
  void aKernelRuleViolationIsACompilationFailureWithTheDiagnosticAndTheSource() {
    String allocates = DIVIDE.replace("out[i] = 1000 / (i - 2);", "out[i] = (new int[2])[0];");
    try (DifferentialHarness harness = new DifferentialHarness(List.of(), 30)) {
      CompilationFailedException e = assertThrows(CompilationFailedException.class,
          () -> harness.check(Map.of("fuzz.test.Divide", allocates), Map.of("fuzz.test.Divide", 1L), 1, false));
      assertTrue(e.getMessage().contains("GB122"), e.getMessage());
      assertTrue(e.getMessage().contains("  15  "), "the numbered source is missing:\n" + e.getMessage());
    }
  }

  @Test
  void inStrictModeAWarningIsAFailureToo() {
    // Outside the kernel: a use of a deprecated API, which javac reports by default.
    String warns = DIVIDE.replace("  static void kernel(", "  static Integer boxed() {\n    return new Integer(5);\n  }\n\n  static void kernel(");
    try (DifferentialHarness harness = new DifferentialHarness(List.of(), 30)) {
      CompilationFailedException e = assertThrows(CompilationFailedException.class,
          () -> harness.check(Map.of("fuzz.test.Divide", warns), Map.of("fuzz.test.Divide", 1L), 1, true));
      // JDK 17 warns ("[removal] ... has been deprecated and marked for removal"), JDK 25 only notes it.
      assertTrue(e.getMessage().contains("deprecated"), e.getMessage());
      // Not strict (the reducer's mode), the same source compiles and runs.
      Verdict verdict = harness.check(Map.of("fuzz.test.Divide", warns), Map.of("fuzz.test.Divide", 1L), 1, false)
          .get("fuzz.test.Divide");
      assertNotNull(verdict);
      assertTrue(verdict.oracleThrew());
    }
  }
}
