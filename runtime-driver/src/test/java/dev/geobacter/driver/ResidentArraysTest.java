package dev.geobacter.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.Kernel2;
import dev.geobacter.KernelInstance;
import dev.geobacter.ResidentArrays;
import dev.geobacter.driver.testing.CountingBackend;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@code Device.keepResident} on devices that share the JVM's memory: the handle's
 * copies do nothing, and the driver enforces one device per array and the handle's state.
 */
class ResidentArraysTest {
  private static final KernelInstance<Kernel2<int[], Integer>> FILL = Geobacter.kernelInstance(DriverTestKernels::fill);

  @Test
  void launchesOnTheJvmSeeResidentArraysDirectly() {
    int[] out = new int[16];
    try (Device jvm = Device.byName("jvm"); ResidentArrays resident = jvm.keepResident(out)) {
      assertEquals("jvm", resident.device());
      assertTrue(resident.contains(out));
      jvm.launch(FILL, Grid.of(16, 4), out, 100);
      assertEquals(115, out[15], "the jvm device writes the Java array itself");
      resident.download(out);
      resident.upload(out);
      assertEquals(115, out[15]);
    }
  }

  @Test
  void aClosedHandleRefusesCopiesAndFreesItsArrays() {
    int[] out = new int[4];
    ResidentArrays resident;
    try (Device jvm = Device.byName("jvm")) {
      resident = jvm.keepResident(out);
      resident.close();
      resident.close();
      assertTrue(resident.isClosed());
      assertFalse(resident.contains(out));
      IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> resident.download(out));
      assertTrue(thrown.getMessage().contains("closed"), thrown.getMessage());
      try (ResidentArrays again = jvm.keepResident(out)) {
        assertTrue(again.contains(out), "a closed handle's arrays can be kept resident again");
      }
    }
  }

  @Test
  void anArrayIsResidentOnOneDeviceAtATime() {
    int[] shared = new int[8];
    try (Device jvm = Device.byName("jvm"); Device counting = Device.byName(CountingBackend.NAME);
        ResidentArrays resident = jvm.keepResident(shared)) {
      IllegalStateException twice = assertThrows(IllegalStateException.class, () -> counting.keepResident(shared));
      assertTrue(twice.getMessage().contains("resident on jvm already"), twice.getMessage());
      IllegalStateException elsewhere = assertThrows(IllegalStateException.class,
          () -> counting.launch(FILL, Grid.of(8, 8), shared, 1));
      assertTrue(elsewhere.getMessage().startsWith("argument 1 of kernel") && elsewhere.getMessage().contains(
          "is resident on jvm (Device.keepResident); close that handle before launching the array on counting"),
          elsewhere.getMessage());
      assertTrue(counting.launchAsync(FILL, Grid.of(8, 8), shared, 1).isCompletedExceptionally(),
          "an async launch reports it through its future");
    }
    try (Device counting = Device.byName(CountingBackend.NAME)) {
      counting.launch(FILL, Grid.of(8, 8), shared, 1);
      assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7, 8}, shared, "closing ends residency");
    }
  }

  @Test
  void onlyDistinctPrimitiveArraysCanBeResident() {
    int[] a = new int[2];
    try (Device jvm = Device.byName("jvm"); ResidentArrays resident = jvm.keepResident(a)) {
      assertTrue(assertThrows(IllegalArgumentException.class, () -> jvm.keepResident((Object) new int[1][1]))
          .getMessage().contains("only one-dimensional primitive arrays"));
      assertTrue(assertThrows(IllegalArgumentException.class, () -> jvm.keepResident("text"))
          .getMessage().contains("java.lang.String"));
      int[] b = new int[2];
      assertTrue(assertThrows(IllegalArgumentException.class, () -> jvm.keepResident(b, b))
          .getMessage().contains("given twice"));
      assertTrue(assertThrows(IllegalArgumentException.class, () -> jvm.keepResident(b, null))
          .getMessage().contains("array 2 to keep resident is null"));
      try (ResidentArrays fine = jvm.keepResident(b)) {
        assertTrue(fine.contains(b), "failed requests registered nothing");
      }
      assertThrows(IllegalArgumentException.class, () -> resident.download(b), "not one of the handle's arrays");
    }
    Device closed = Device.byName("jvm");
    closed.close();
    assertThrows(IllegalStateException.class, () -> closed.keepResident(new int[1]));
  }
}
