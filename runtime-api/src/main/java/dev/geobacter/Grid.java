package dev.geobacter;

import java.util.Arrays;

/**
 * The shape of a launch: up to three dimensions of work-items, cut into work-groups.
 *
 * <p>{@code Grid.of(n, g)} launches {@code ceil(n / g)} groups of {@code g} work-items. Every group
 * is full, so the last one may reach past {@code n} (a ragged end): the extra work-items run too,
 * which keeps {@link Gpu#barrier()} uniform within the group, and kernels guard with
 * {@code if (i < n)}. {@link Gpu#globalSize(int)} is the launched size, {@code numGroups * g}.
 */
public final class Grid {
  private final int[] groups;
  private final int[] groupSize;

  private Grid(int[] globalSize, int[] groupSize) {
    this.groups = new int[3];
    this.groupSize = new int[3];
    for (int d = 0; d < 3; d++) {
      int global = d < globalSize.length ? globalSize[d] : 1;
      int local = d < groupSize.length ? groupSize[d] : 1;
      if (global < 1) throw new IllegalArgumentException("global size in dimension " + d + " must be at least 1, was " + global);
      if (local < 1) throw new IllegalArgumentException("group size in dimension " + d + " must be at least 1, was " + local);
      long count = ((long) global + local - 1) / local;
      if (count * local > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("dimension " + d + " rounds up to more than Integer.MAX_VALUE work-items");
      }
      this.groups[d] = (int) count;
      this.groupSize[d] = local;
    }
    long perGroup = (long) this.groupSize[0] * this.groupSize[1] * this.groupSize[2];
    if (perGroup > Integer.MAX_VALUE) throw new IllegalArgumentException("work-group of " + perGroup + " work-items");
  }

  public static Grid of(int globalSize, int groupSize) {
    return new Grid(new int[] {globalSize}, new int[] {groupSize});
  }

  public static Grid of(int globalX, int globalY, int groupX, int groupY) {
    return new Grid(new int[] {globalX, globalY}, new int[] {groupX, groupY});
  }

  public static Grid of(int globalX, int globalY, int globalZ, int groupX, int groupY, int groupZ) {
    return new Grid(new int[] {globalX, globalY, globalZ}, new int[] {groupX, groupY, groupZ});
  }

  /** Work-groups in dimension {@code d} (0..2). */
  public int numGroups(int d) {
    return groups[d];
  }

  /** Work-items per group in dimension {@code d} (0..2). */
  public int groupSize(int d) {
    return groupSize[d];
  }

  /** Launched work-items in dimension {@code d}: {@code numGroups(d) * groupSize(d)}. */
  public int globalSize(int d) {
    return groups[d] * groupSize[d];
  }

  public int totalGroups() {
    return Math.multiplyExact(Math.multiplyExact(groups[0], groups[1]), groups[2]);
  }

  public int workItemsPerGroup() {
    return groupSize[0] * groupSize[1] * groupSize[2];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Grid g && Arrays.equals(g.groups, groups) && Arrays.equals(g.groupSize, groupSize);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(groups) * 31 + Arrays.hashCode(groupSize);
  }

  @Override
  public String toString() {
    return "Grid[groups=" + Arrays.toString(groups) + ", groupSize=" + Arrays.toString(groupSize) + "]";
  }
}
