package dev.geobacter.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.rules.ArrayParameterWrites;
import java.util.BitSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArrayParameterWritesTest {
  private static CompiledKernels kernels;

  @BeforeAll
  static void compileKernels() {
    kernels = CompiledKernels.compile("Writes", """
        class Writes {
          static void saxpy(float a, float[] x, float[] y) {
            for (int i = 0; i < x.length; i++) y[i] = a * x[i] + y[i];
          }

          static void updates(int[] a, int[] b, int[] c, int[] d) {
            a[0] += b[0];
            c[1]++;
            for (int v : d) a[1] = v;
          }

          static int reads(int[] a) {
            return a[0];
          }

          static void escapes(int[] a, int[] b, int[] c, int[] d, boolean p) {
            reads(a);
            int[] alias = b;
            int[] chosen = p ? c : c;
            d = alias;
            d[0] = chosen.length;
          }
        }
        """);
  }

  private static BitSet bits(int... indexes) {
    BitSet set = new BitSet();
    for (int i : indexes) set.set(i);
    return set;
  }

  @Test
  void onlyAssignedArraysAreWritten() {
    assertEquals(bits(2), ArrayParameterWrites.of(kernels.method("saxpy")));
  }

  @Test
  void compoundAssignmentAndIncrementWriteButIterationDoesNot() {
    assertEquals(bits(0, 2), ArrayParameterWrites.of(kernels.method("updates")));
  }

  @Test
  void arraysPassedOnOrAliasedCountAsWritten() {
    // d is reassigned before its element is written: the write lands in b, which escaped already.
    assertEquals(bits(0, 1, 2, 3), ArrayParameterWrites.of(kernels.method("escapes")));
  }
}
