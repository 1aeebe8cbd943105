package dev.geobacter.cuda.launch;

import dev.geobacter.Grid;
import dev.geobacter.cuda.driver.DeviceProperties;

/**
 * Checks a launch's shape against the GPU's limits before the driver sees it, so a too-large
 * work-group is an error that says which limit and what to change, not {@code CUDA_ERROR_INVALID_VALUE}.
 */
final class GridLimits {
  private static final String[] AXES = {"x", "y", "z"};

  private GridLimits() {}

  static void check(Grid grid, DeviceProperties device, String kernelName) {
    long perGroup = (long) grid.groupSize(0) * grid.groupSize(1) * grid.groupSize(2);
    if (perGroup > device.maxThreadsPerBlock()) {
      throw failure(device, kernelName, "a work-group of " + perGroup + " work-items exceeds the GPU's limit of "
          + device.maxThreadsPerBlock() + " per group; launch with a smaller group size, e.g. Grid.of(n, 256)");
    }
    for (int d = 0; d < 3; d++) {
      if (grid.groupSize(d) > device.maxBlock().get(d)) {
        throw failure(device, kernelName, "a group size of " + grid.groupSize(d) + " in dimension " + d + " ("
            + AXES[d] + ") exceeds the GPU's limit of " + device.maxBlock().get(d) + "; use a smaller group size there");
      }
      if (grid.numGroups(d) > device.maxGrid().get(d)) {
        throw failure(device, kernelName, grid.numGroups(d) + " work-groups in dimension " + d + " (" + AXES[d]
            + ") exceed the GPU's limit of " + device.maxGrid().get(d) + "; use larger groups or move work to "
            + "dimension 0");
      }
    }
  }

  /** The message is built only on failure: launches that fit cost no string work. */
  private static IllegalArgumentException failure(DeviceProperties device, String kernelName, String problem) {
    return new IllegalArgumentException("kernel " + kernelName + " on cuda:" + device.ordinal() + " (" + device.name()
        + "): " + problem);
  }
}
