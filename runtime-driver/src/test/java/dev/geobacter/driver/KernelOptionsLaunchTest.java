package dev.geobacter.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.Kernel1;
import dev.geobacter.KernelInstance;
import dev.geobacter.KernelOptions;
import dev.geobacter.driver.testing.CountingBackend;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Per-launch options through the public API: prepared once per options value; the jvm always checks. */
class KernelOptionsLaunchTest {
  private static final KernelInstance<Kernel1<int[]>> FILL = Geobacter.kernelInstance(DriverTestKernels::fillUnguarded);
  private static final KernelInstance<Kernel1<int[]>> FILL_UNCHECKED = FILL.withChecks(false);

  @Test
  void checkedAndUncheckedLaunchesArePreparedOnceEach() {
    long respoolsBefore = Driver.instance().kernels().respools();
    try (Device device = Device.byName(CountingBackend.NAME)) {
      for (int round = 0; round < 3; round++) {
        int[] checked = new int[4];
        device.launch(FILL, Grid.of(4, 2), checked);
        int[] unchecked = new int[4];
        device.launch(FILL_UNCHECKED, Grid.of(4, 2), unchecked);
        assertArrayEquals(new int[] {0, 1, 2, 3}, checked);
        assertArrayEquals(new int[] {0, 1, 2, 3}, unchecked);
      }
    }
    assertEquals(1, CountingBackend.preparations(FILL.toString(), KernelOptions.defaults()));
    assertEquals(1, CountingBackend.preparations(FILL.toString(), FILL_UNCHECKED.options()));
    assertEquals(2, CountingBackend.preparations(FILL.toString()));
    assertEquals(1, Driver.instance().kernels().respools() - respoolsBefore, "both options share one graph");
  }

  @Test
  void theJvmDeviceChecksEvenWhenChecksAreOff() {
    int[] out = new int[5];
    try (Device jvm = Device.byName("jvm")) {
      ArrayIndexOutOfBoundsException thrown = assertThrows(ArrayIndexOutOfBoundsException.class,
          () -> jvm.launch(FILL_UNCHECKED, Grid.of(8, 8), out));
      assertEquals("Index 5 out of bounds for length 5", thrown.getMessage());
      assertTrue(Arrays.stream(thrown.getStackTrace()).anyMatch(frame -> frame.getMethodName().equals("fillUnguarded")
          && "DriverTestKernels.java".equals(frame.getFileName()) && frame.getLineNumber() > 0),
          "the kernel's source position is in the stack trace: " + Arrays.toString(thrown.getStackTrace()));
    }
    assertArrayEquals(new int[] {0, 1, 2, 3, 4}, out);
  }
}
