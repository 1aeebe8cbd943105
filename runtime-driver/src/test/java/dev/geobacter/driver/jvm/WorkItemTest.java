package dev.geobacter.driver.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Gpu;
import dev.geobacter.Grid;
import org.junit.jupiter.api.Test;

/** The work-item view that Gpu intrinsics read on the jvm device. */
class WorkItemTest {
  @Test
  void idsFollowTheGridWithDimensionZeroFastest() {
    Grid grid = Grid.of(40, 30, 8, 5); // 5 x 6 groups of 8 x 5 work-items
    WorkItem item = new WorkItem(grid, null);
    item.enterGroup(5 + 2); // group (2, 1, 0) of 5 x 6
    item.enterItem(8 * 3 + 6); // item (6, 3, 0)
    assertEquals(2, item.groupId(0));
    assertEquals(1, item.groupId(1));
    assertEquals(6, item.localId(0));
    assertEquals(3, item.localId(1));
    assertEquals(2 * 8 + 6, item.globalId(0));
    assertEquals(1 * 5 + 3, item.globalId(1));
    assertEquals(40, item.globalSize(0));
    assertEquals(5, item.localSize(1));
    assertEquals(6, item.numGroups(1));
  }

  @Test
  void dimensionOutsideZeroToTwoIsRejected() {
    WorkItem item = new WorkItem(Grid.of(4, 4), null);
    for (int d : new int[] {-1, 3}) {
      IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, () -> item.globalId(d));
      assertEquals("Gpu.globalId(" + d + "): the dimension must be 0, 1 or 2", thrown.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> item.localSize(3));
    assertThrows(IllegalArgumentException.class, () -> item.numGroups(-1));
  }

  @Test
  void intrinsicsOutsideALaunchThrow() {
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Gpu.globalId(0));
    assertTrue(thrown.getMessage().contains("outside a kernel launch"), thrown.getMessage());
    assertThrows(IllegalStateException.class, Gpu::barrier);
  }
}
