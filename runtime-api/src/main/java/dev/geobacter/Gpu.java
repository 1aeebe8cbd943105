package dev.geobacter;

import dev.geobacter.internal.WorkItems;

/**
 * Intrinsics for kernel code. On a GPU each call becomes a special register or a barrier
 * instruction; on the {@code jvm} device it reads the work-item the calling thread runs. The
 * dimension {@code d} must be a constant 0, 1 or 2. Outside a launch every call throws
 * {@link IllegalStateException}.
 */
public final class Gpu {
  private Gpu() {}

  /** This work-item's index in the whole grid: {@code groupId(d) * localSize(d) + localId(d)}. */
  public static int globalId(int d) {
    return WorkItems.current("globalId").globalId(d);
  }

  /** This work-item's index within its work-group. */
  public static int localId(int d) {
    return WorkItems.current("localId").localId(d);
  }

  /** This work-item's work-group index. */
  public static int groupId(int d) {
    return WorkItems.current("groupId").groupId(d);
  }

  /** Launched work-items in dimension {@code d} ({@code numGroups(d) * localSize(d)}). */
  public static int globalSize(int d) {
    return WorkItems.current("globalSize").globalSize(d);
  }

  /** Work-items per work-group in dimension {@code d}. */
  public static int localSize(int d) {
    return WorkItems.current("localSize").localSize(d);
  }

  /** Work-groups in dimension {@code d}. */
  public static int numGroups(int d) {
    return WorkItems.current("numGroups").numGroups(d);
  }

  /**
   * Waits until every work-item of the work-group has reached this barrier; memory written before
   * it is visible to the whole group after it. Every work-item of a group must reach the same
   * barriers (as in CUDA and OpenCL).
   */
  public static void barrier() {
    WorkItems.current("barrier").barrier();
  }
}
