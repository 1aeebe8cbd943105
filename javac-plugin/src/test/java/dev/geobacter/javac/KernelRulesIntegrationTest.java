package dev.geobacter.javac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.testkit.InProcessJavac;
import dev.geobacter.testkit.CompilationResult;
import org.junit.jupiter.api.Test;

/**
 * The shared kernel rules (GB1xx) reported by javac at the offending line, through real sources:
 * each with code that breaks it and, in the same or a neighbouring test, code that does not.
 */
class KernelRulesIntegrationTest {
  private static void check(String kernelsBody) {
    ExpectedDiagnostics.check(new InProcessJavac().source("app/K.java", """
        package app;

        import dev.geobacter.Geobacter;
        import dev.geobacter.Gpu;

        public final class K {
        """ + kernelsBody + """

          static Object launch() {
            return Geobacter.kernelInstance(K::kernel);
          }
        }
        """));
  }

  @Test
  void goodKernelCompilesWithoutDiagnostics() {
    check("""
          static final float SCALE = 2f;
          static float square(float x) { return x * x; }
          static void kernel(float[] a, float[] b, int n) {
            int i = Gpu.globalId(0);
            if (i >= n) return;
            float s = 0;
            for (int k = 0; k < 4; k++) s += square(b[i]) * SCALE;
            a[i] = (float) Math.sqrt(s);
            Gpu.barrier();
          }
        """);
  }

  @Test
  void allocationInHelperIsGb101WithCallChain() {
    check("""
          record Point(int x, int y) {}
          static int helper(int[] a) {
            Point p = new Point(a[0], 1); // error: [GB101] object allocation is not supported in kernel code: new Point(...) // error: [GB121] (reached from kernel app.K.kernel via app.K.helper)
            return a[0];
          }
          static void kernel(int[] a) {
            a[0] = helper(a);
          }
        """);
  }

  @Test
  void findingInAnotherFileIsReportedThere() {
    ExpectedDiagnostics.check(new InProcessJavac()
        .source("app/Helpers.java", """
            package app;

            final class Helpers {
              static void fill(int[] a) {
                synchronized (a) { a[0] = 1; } // error: [GB103] synchronized
              }
            }
            """)
        .source("app/K.java", """
            package app;

            import dev.geobacter.Geobacter;

            public final class K {
              static void kernel(int[] a) { Helpers.fill(a); }
              static Object launch() { return Geobacter.kernelInstance(K::kernel); }
            }
            """));
  }

  @Test
  void tryIsGb102() {
    check("""
          static void kernel(int[] a) {
            try { a[0] = 1; } finally { a[1] = 1; } // error: [GB102] try
          }
        """);
  }

  @Test
  void lambdaIsGb104() {
    check("""
          static void kernel(int[] a) {
            Runnable r = () -> {}; // error: [GB104] lambda // error: [GB121] java.lang.Runnable
          }
        """);
  }

  @Test
  void throwIsGb106() {
    check("""
          static void kernel(int[] a) {
            if (a.length == 0) throw new IllegalArgumentException(); // error: [GB106] throw
          }
        """);
  }

  @Test
  void switchExpressionIsGb108AndSwitchStatementIsFine() {
    check("""
          static void kernel(int[] a) {
            switch (a[0]) { case 1: a[1] = 2; break; default: a[1] = 3; }
            a[2] = switch (a[0]) { case 1 -> 2; default -> 3; }; // error: [GB108] switch expression
          }
        """);
  }

  @Test
  void recursionIsGb133() {
    check("""
          static int fact(int n) {
            return n <= 1 ? 1 : n * fact(n - 1); // error: [GB133] recursion
          }
          static void kernel(int[] a) {
            a[0] = fact(a[0]);
          }
        """);
  }

  @Test
  void jdkMethodIsGb132() {
    check("""
          static void kernel(int[] a) {
            java.util.Arrays.fill(a, Math.abs(a[2])); // error: [GB132] java.util.Arrays.fill is a JDK method, which kernel code cannot call
          }
        """);
  }

  @Test
  void methodWithoutBodyIsGb131() {
    check("""
          static native int nativeHelper(int x);
          static void kernel(int[] a) {
            a[0] = nativeHelper(a[1]); // error: [GB131] abstract, native or an interface method
          }
        """);
  }

  @Test
  void methodJavacGeneratesIsGb131() {
    check("""
          enum Color { RED, GREEN }
          static void kernel(int[] a) {
            a[0] = Color.values().length; // error: [GB131] app.K$Color.values() has no body (javac generates it
          }
        """);
  }

  @Test
  void nonLiteralDimensionIsGb150() {
    check("""
          static void kernel(int[] a, int d) {
            a[Gpu.globalId(d)] = 1; // error: [GB150] dimension argument
          }
        """);
  }

  @Test
  void findingsOfAMethodReachedTwiceAreReportedOnce() {
    ExpectedDiagnostics.check(new InProcessJavac().source("app/K.java", """
        package app;

        import dev.geobacter.Geobacter;

        public final class K {
          static void shared(int[] a) {
            assert a.length > 0; // error: [GB109] assert
          }
          static void first(int[] a) { shared(a); }
          static void second(int[] a) { shared(a); }
          static Object launch() {
            return Geobacter.kernelInstance(K::first) == null ? null : Geobacter.kernelInstance(K::second);
          }
        }
        """));
  }

  @Test
  void methodsNotReachedFromAKernelAreNotChecked() {
    ExpectedDiagnostics.check(new InProcessJavac().source("app/K.java", """
        package app;

        import dev.geobacter.Geobacter;

        public final class K {
          static Object notAKernel() { return new StringBuilder("free to allocate"); }
          static void kernel(int[] a) { a[0] = 1; }
          static Object launch() { return Geobacter.kernelInstance(K::kernel); }
        }
        """));
  }

  @Test
  void methodReferenceIsGb105() {
    check("""
          static void kernel(int[] a) {
            java.util.function.IntUnaryOperator f = Math::abs; // error: [GB105] Math::abs // error: [GB121] IntUnaryOperator
          }
        """);
  }

  @Test
  void instanceofIsGb107() {
    check("""
          static void kernel(int[] a) {
            boolean arrays = ((Object) a) instanceof int[]; // error: [GB107] instanceof int[]
          }
        """);
  }

  @Test
  void localClassIsGb110() {
    check("""
          static void kernel(int[] a) {
            class Counter { int n; } // error: [GB110] local class Counter
            a[0] = 1;
          }
        """);
  }

  @Test
  void tooDeepIsGb111() {
    check("""
          static int deep(int x) { // error: [GB111] body of deep nests deeper than 200 levels
            return %s;
          }
          static void kernel(int[] a) {
            a[0] = deep(a[1]);
          }
        """.formatted("x" + " + x".repeat(250)));
  }

  @Test
  void varargsCallIsGb112AndFixedArityIsFine() {
    check("""
          static int sum(int... xs) { return xs.length; }
          static int sum2(int a, int b) { return a + b; }
          static void kernel(int[] a) {
            a[0] = sum2(a[1], a[2]);
            a[0] = sum(a[1], a[2]); // error: [GB112] K.sum(...) with variable arguments
          }
        """);
  }

  @Test
  void stringConcatenationIsGb113AndGb120() {
    check("""
          static void kernel(int[] a) {
            String s = "a" + a[0]; // error: [GB113] string concatenation // error: [GB120] local variable 's' has type java.lang.String
          }
        """);
  }

  @Test
  void arrayAllocationIsGb122() {
    check("""
          static void kernel(int[] a) {
            int[] copy = new int[4]; // error: [GB122] array allocation
            copy[0] = a[0];
          }
        """);
  }

  @Test
  void mutableStaticFieldIsGb123ButConstantsAreFine() {
    check("""
          static final int CONSTANT = 4;
          static int counter;
          static void kernel(int[] a) {
            a[0] = CONSTANT;
            a[1] = counter; // error: [GB123] static field app.K.counter
          }
        """);
  }

  @Test
  void instanceFieldIsGb124() {
    check("""
          static final class Box { int value; }
          static void kernel(int[] a, Box box) { // error: [GB142] parameter 'box'
            a[0] = box.value; // error: [GB124] instance field app.K$Box.value
          }
        """);
  }

  @Test
  void instanceCallIsGb130() {
    check("""
          static void kernel(int[] a) {
            a[0] = a.clone().length; // error: [GB130] cannot be resolved statically
          }
        """);
  }

  @Test
  void nonPrimitiveKernelParameterIsGb142() {
    check("""
          static void kernel(int[] a, int[][] grid) { // error: [GB142] parameter 'grid'
            a[0] = 1;
          }
        """);
  }

  @Test
  void findingPointsAtTheExactCharacterEvenAfterTabs() {
    String source = "package app;\n\nimport dev.geobacter.Geobacter;\n\npublic final class K {\n"
        + "\tstatic void kernel(int[] a) {\n"
        + "\t\tint n = a.length;\tObject o = new Object();\n"
        + "\t}\n"
        + "\tstatic Object launch() { return Geobacter.kernelInstance(K::kernel); }\n}\n";
    CompilationResult result = new InProcessJavac().source("app/K.java", source).compile();
    var allocation = result.errors().stream().filter(d -> d.getMessage(null).startsWith("[GB101]")).findFirst()
        .orElseThrow(() -> new AssertionError(result.describeDiagnostics()));
    assertEquals(7, allocation.getLineNumber());
    assertTrue(source.startsWith("new Object()", (int) allocation.getPosition()), result.describeDiagnostics());
    // javac's own column: two tabs (to 17), "int n = a.length;" (to 34), a tab (to 41), "Object o = " (to 52)
    assertEquals(52, allocation.getColumnNumber());
  }
}
