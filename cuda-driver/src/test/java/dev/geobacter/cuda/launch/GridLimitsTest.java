package dev.geobacter.cuda.launch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Grid;
import dev.geobacter.cuda.driver.DeviceProperties;
import dev.geobacter.cuda.driver.Extent;
import org.junit.jupiter.api.Test;

/** Launch shapes checked against an H100's limits before the driver sees them. */
class GridLimitsTest {
  private static final DeviceProperties H100 = new DeviceProperties(0, 0, "NVIDIA H100 80GB HBM3", 9, 0, 132, 1024,
      new Extent(1024, 1024, 64), new Extent(Integer.MAX_VALUE, 65535, 65535), 80L << 30);

  @Test
  void launchesWithinTheLimitsPass() {
    assertDoesNotThrow(() -> GridLimits.check(Grid.of(1 << 26, 256), H100, "saxpy"));
    assertDoesNotThrow(() -> GridLimits.check(Grid.of(2048, 2048, 16, 16), H100, "matmul"));
    assertDoesNotThrow(() -> GridLimits.check(Grid.of(64, 64, 64, 16, 16, 4), H100, "volume"));
  }

  @Test
  void tooManyWorkItemsPerGroupSaysWhatToDo() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> GridLimits.check(Grid.of(4096, 2048), H100, "saxpy"));
    assertTrue(error.getMessage().contains("a work-group of 2048 work-items exceeds the GPU's limit of 1024"),
        error.getMessage());
    assertTrue(error.getMessage().contains("cuda:0"), error.getMessage());
  }

  @Test
  void perDimensionLimitsAreChecked() {
    IllegalArgumentException z = assertThrows(IllegalArgumentException.class,
        () -> GridLimits.check(Grid.of(1, 1, 128, 1, 1, 128), H100, "k"));
    assertTrue(z.getMessage().contains("dimension 2 (z)"), z.getMessage());
    IllegalArgumentException groups = assertThrows(IllegalArgumentException.class,
        () -> GridLimits.check(Grid.of(1, 70000, 1, 1), H100, "k"));
    assertTrue(groups.getMessage().contains("70000 work-groups in dimension 1 (y)"), groups.getMessage());
  }
}
