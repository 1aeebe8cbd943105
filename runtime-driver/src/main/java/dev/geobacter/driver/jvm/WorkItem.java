package dev.geobacter.driver.jvm;

import dev.geobacter.Grid;
import dev.geobacter.internal.WorkItemContext;

/**
 * The work-item a thread of the jvm device is running, as {@link dev.geobacter.Gpu} sees it. One
 * mutable instance per thread, moved from work-item to work-item, so a launch allocates nothing per
 * work-item.
 */
final class WorkItem implements WorkItemContext {
  private final Grid grid;
  private final GroupBarrier barrier;
  private final int[] group = new int[3];
  private final int[] local = new int[3];

  /** @param barrier the group's barrier, or null when the kernel never calls {@code Gpu.barrier()} */
  WorkItem(Grid grid, GroupBarrier barrier) {
    this.grid = grid;
    this.barrier = barrier;
  }

  /** Moves to group {@code linear}, numbered with dimension 0 fastest. */
  void enterGroup(int linear) {
    group[0] = linear % grid.numGroups(0);
    int rest = linear / grid.numGroups(0);
    group[1] = rest % grid.numGroups(1);
    group[2] = rest / grid.numGroups(1);
  }

  /** Moves to work-item {@code linear} of the current group, numbered with dimension 0 fastest. */
  void enterItem(int linear) {
    local[0] = linear % grid.groupSize(0);
    int rest = linear / grid.groupSize(0);
    local[1] = rest % grid.groupSize(1);
    local[2] = rest / grid.groupSize(1);
  }

  @Override
  public int globalId(int d) {
    check(d, "globalId");
    return group[d] * grid.groupSize(d) + local[d];
  }

  @Override
  public int localId(int d) {
    check(d, "localId");
    return local[d];
  }

  @Override
  public int groupId(int d) {
    check(d, "groupId");
    return group[d];
  }

  @Override
  public int globalSize(int d) {
    check(d, "globalSize");
    return grid.globalSize(d);
  }

  @Override
  public int localSize(int d) {
    check(d, "localSize");
    return grid.groupSize(d);
  }

  @Override
  public int numGroups(int d) {
    check(d, "numGroups");
    return grid.numGroups(d);
  }

  @Override
  public void barrier() {
    if (barrier != null) {
      barrier.await(GroupBarrier.Kind.KERNEL);
    } else if (grid.workItemsPerGroup() > 1) {
      // Unreachable through the driver, which runs every kernel that calls barrier() in teams.
      throw new IllegalStateException("Gpu.barrier() reached in a kernel the jvm device runs without barriers");
    }
  }

  private static void check(int d, String intrinsic) {
    if (d < 0 || d > 2) {
      throw new IllegalArgumentException("Gpu." + intrinsic + "(" + d + "): the dimension must be 0, 1 or 2");
    }
  }
}
