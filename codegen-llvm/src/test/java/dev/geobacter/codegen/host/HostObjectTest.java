package dev.geobacter.codegen.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.geobacter.Grid;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.codegen.testing.HostDifferential;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class HostObjectTest {
  private static final CompiledKernels KERNELS = CompiledKernels.compile("Obj", """
      import static dev.geobacter.Gpu.*;
      class Obj {
        static void bump(int[] data, int by) {
          int i = globalId(0);
          data[i] += by;
        }
      }
      """);

  @Test
  void compiledObjectsSurviveSerializationAndRunWhenLoadedInAnotherCompiler() {
    HostObject object = HostDifferential.compiler().compileObject(KERNELS.program("bump"), CodegenOptions.defaults());
    HostObject copy = HostObject.fromBytes(object.toBytes());
    assertEquals(object.symbol(), copy.symbol());
    assertEquals(object.failureSites().positions(), copy.failureSites().positions());
    assertArrayEquals(object.objectCode(), copy.objectCode());
    assertEquals(true, copy.boundsChecked());
    try (HostCompiler fresh = new HostCompiler(1)) {
      HostKernel kernel = fresh.load(KERNELS.program("bump"), copy);
      int[] data = {1, 2, 3};
      kernel.launch(Grid.of(3, 3), data, 10);
      assertArrayEquals(new int[] {11, 12, 13}, data);
      ArrayIndexOutOfBoundsException e = assertThrows(ArrayIndexOutOfBoundsException.class,
          () -> kernel.launch(Grid.of(4, 4), new int[3], 1));
      assertEquals("Index 3 out of bounds for length 3 at Obj.bump(Obj.java:5)", e.getMessage());
      assertEquals(0, fresh.compilations());
    }
  }

  @Test
  void theSameKernelIsLinkedOnceAndTheSymbolDependsOnTheOptions() {
    HostCompiler compiler = HostDifferential.compiler();
    HostObject checked = compiler.compileObject(KERNELS.program("bump"), CodegenOptions.defaults());
    HostObject again = compiler.compileObject(KERNELS.program("bump"), CodegenOptions.defaults());
    HostObject unchecked = compiler.compileObject(KERNELS.program("bump"), CodegenOptions.defaults().withoutChecks());
    assertEquals(checked.symbol(), again.symbol());
    assertEquals(false, checked.symbol().equals(unchecked.symbol()));
    assertEquals(false, HostObject.fromBytes(unchecked.toBytes()).boundsChecked(),
        "an unchecked kernel says so, so that its arrays are never passed in place");
    compiler.load(KERNELS.program("bump"), checked);
    compiler.load(KERNELS.program("bump"), again);
    compiler.load(KERNELS.program("bump"), unchecked);
  }

  @Test
  void anythingElseIsRejected() {
    byte[] valid = HostDifferential.compiler().compileObject(KERNELS.program("bump"), CodegenOptions.defaults()).toBytes();
    assertThrows(IllegalArgumentException.class, () -> HostObject.fromBytes(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
    assertThrows(IllegalArgumentException.class, () -> HostObject.fromBytes(Arrays.copyOf(valid, valid.length - 1)));
    assertThrows(IllegalArgumentException.class, () -> HostObject.fromBytes(Arrays.copyOf(valid, valid.length + 1)));
  }
}
