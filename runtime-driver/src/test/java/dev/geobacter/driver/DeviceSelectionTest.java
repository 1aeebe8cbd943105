package dev.geobacter.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.driver.testing.BrokenBackend;
import dev.geobacter.driver.testing.CountingBackend;
import dev.geobacter.driver.testing.UnavailableBackend;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Device.best(), byName() and all() over the backends found with ServiceLoader. */
class DeviceSelectionTest {
  @Test
  void bestIsTheHighestPriorityAvailableDevice() {
    // The test class path holds jvm (priority 0), counting (-10) and two that cannot run (1000, 500).
    try (Device best = Device.best()) {
      assertEquals("jvm", best.name());
    }
  }

  @Test
  void allListsAvailableDevicesBestFirst() {
    List<Device> all = Device.all();
    assertEquals(List.of("jvm", CountingBackend.NAME), all.stream().map(Device::name).toList());
    all.forEach(Device::close);
  }

  @Test
  void byNameFindsEachDevice() {
    try (Device jvm = Device.byName("jvm"); Device counting = Device.byName(CountingBackend.NAME)) {
      assertEquals("jvm", jvm.name());
      assertEquals(CountingBackend.NAME, counting.name());
      int[] out = new int[5];
      counting.launch(Geobacter.kernelInstance(DriverTestKernels::fill), Grid.of(5, 2), out, 10);
      assertArrayEquals(new int[] {10, 11, 12, 13, 14}, out);
    }
  }

  @Test
  void unknownNameListsWhatExistsAndWhyOthersDoNot() {
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> Device.byName("cuda:7"));
    assertEquals("no Geobacter device named 'cuda:7'; available devices: jvm, counting; unavailable backends: "
        + "imaginary (" + UnavailableBackend.REASON + "); broken (failed to start: java.lang.IllegalStateException: "
        + BrokenBackend.FAILURE + ")", thrown.getMessage());
  }

  @Test
  void launchAfterCloseIsRejected() {
    Device jvm = Device.byName("jvm");
    jvm.close();
    jvm.close(); // closing twice is harmless
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> jvm.launch(Geobacter.kernelInstance(DriverTestKernels::fill), Grid.of(1, 1), new int[1], 0));
    assertTrue(thrown.getMessage().startsWith("device jvm is closed"), thrown.getMessage());
    assertTrue(jvm.isClosed());
    try (Device again = Device.byName("jvm")) {
      int[] out = new int[1];
      again.launch(Geobacter.kernelInstance(DriverTestKernels::fill), Grid.of(1, 1), out, 4);
      assertEquals(4, out[0]);
    }
  }
}
