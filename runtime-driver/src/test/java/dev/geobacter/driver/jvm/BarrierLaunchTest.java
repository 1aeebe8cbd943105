package dev.geobacter.driver.jvm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Kernels that call Gpu.barrier(): work-items of a group run as threads that meet there. */
class BarrierLaunchTest {
  private static final Duration NO_HANG = Duration.ofSeconds(30);
  private static Device jvm;

  @BeforeAll
  static void open() {
    jvm = Device.byName("jvm");
  }

  @AfterAll
  static void close() {
    jvm.close();
  }

  @Test
  void reverseWithinGroupSeesEveryWriteBeforeTheBarrier() {
    int groupSize = 64;
    int n = groupSize * 50;
    int[] in = new int[n];
    for (int i = 0; i < n; i++) in[i] = i * 7 + 1;
    int[] out = new int[n];

    jvm.launch(Geobacter.kernelInstance(TestKernels::reverseWithinGroup), Grid.of(n, groupSize), in, out, new int[n]);

    int[] expected = new int[n];
    for (int g = 0; g < n / groupSize; g++) {
      for (int l = 0; l < groupSize; l++) expected[g * groupSize + l] = in[g * groupSize + groupSize - 1 - l];
    }
    assertArrayEquals(expected, out);
  }

  @Test
  void groupReductionMatchesPlainJavaWithRaggedEnd() {
    int n = 1000;
    int groupSize = 128;
    Grid grid = Grid.of(n, groupSize);
    int[] in = new int[n];
    for (int i = 0; i < n; i++) in[i] = (i * 31) % 97 - 40;
    int[] sums = new int[grid.numGroups(0)];

    jvm.launch(Geobacter.kernelInstance(TestKernels::groupSums), grid, in, new int[grid.globalSize(0)], sums);

    int[] expected = new int[grid.numGroups(0)];
    for (int i = 0; i < n; i++) expected[i / groupSize] += in[i];
    assertArrayEquals(expected, sums);
  }

  @Test
  void manyGroupsRunWithBoundedThreads() {
    int groupSize = 256;
    int n = groupSize * 100; // 100 groups of 256: far more work-items than live threads
    int[] in = new int[n];
    Arrays.fill(in, 1);
    int[] sums = new int[n / groupSize];

    assertTimeoutPreemptively(NO_HANG, () -> jvm.launch(Geobacter.kernelInstance(TestKernels::groupSums),
        Grid.of(n, groupSize), in, new int[n], sums));

    int[] expected = new int[n / groupSize];
    Arrays.fill(expected, groupSize);
    assertArrayEquals(expected, sums);
  }

  @Test
  void failureBeforeBarrierReleasesTheGroupAndSurfaces() {
    int[] data = new int[16];
    ArrayIndexOutOfBoundsException thrown = assertTimeoutPreemptively(NO_HANG, () -> assertThrows(
        ArrayIndexOutOfBoundsException.class,
        () -> jvm.launch(Geobacter.kernelInstance(TestKernels::failBeforeBarrier), Grid.of(16, 8), data)));

    assertEquals("Index 19 out of bounds for length 16", thrown.getMessage());
    assertTrue(Arrays.stream(thrown.getStackTrace()).anyMatch(f -> f.getMethodName().equals("failBeforeBarrier")));
  }

  @Test
  void divergentBarrierIsAnErrorNotAHang() {
    IllegalStateException thrown = assertTimeoutPreemptively(NO_HANG, () -> assertThrows(IllegalStateException.class,
        () -> jvm.launch(Geobacter.kernelInstance(TestKernels::divergentBarrier), Grid.of(64, 32), new int[64])));

    assertTrue(thrown.getMessage().contains("reached Gpu.barrier() a different number of times"), thrown.getMessage());
  }

  @Test
  void groupsLargerThanTheBarrierLimitAreRejected() {
    int size = TeamLaunch.MAX_GROUP_SIZE * 2;
    IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
        () -> jvm.launch(Geobacter.kernelInstance(TestKernels::reverseWithinGroup), Grid.of(size, size),
            new int[size], new int[size], new int[size]));
    assertTrue(thrown.getMessage().contains("use smaller groups"), thrown.getMessage());
  }
}
