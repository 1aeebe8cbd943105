package dev.geobacter.codegen.testing;

import dev.geobacter.Grid;
import dev.geobacter.internal.WorkItemContext;
import dev.geobacter.internal.WorkItems;

/**
 * Runs a kernel as plain Java, one work-item after the other on the calling thread, with the
 * {@code Gpu} intrinsics answering for the current work-item: the oracle compiled code must match.
 */
public final class JavaReference {
  private JavaReference() {}

  public static void run(CompiledKernels kernels, String name, Grid grid, Object... args) throws Throwable {
    int[] group = new int[3];
    int[] local = new int[3];
    WorkItemContext context = new Context(grid, group, local);
    WorkItems.bind(context);
    try {
      for (group[2] = 0; group[2] < grid.numGroups(2); group[2]++)
        for (group[1] = 0; group[1] < grid.numGroups(1); group[1]++)
          for (group[0] = 0; group[0] < grid.numGroups(0); group[0]++)
            for (local[2] = 0; local[2] < grid.groupSize(2); local[2]++)
              for (local[1] = 0; local[1] < grid.groupSize(1); local[1]++)
                for (local[0] = 0; local[0] < grid.groupSize(0); local[0]++) kernels.invokeJava(name, args);
    } finally {
      WorkItems.unbind();
    }
  }

  private record Context(Grid grid, int[] group, int[] local) implements WorkItemContext {
    @Override
    public int globalId(int d) {
      return group[d] * grid.groupSize(d) + local[d];
    }

    @Override
    public int localId(int d) {
      return local[d];
    }

    @Override
    public int groupId(int d) {
      return group[d];
    }

    @Override
    public int globalSize(int d) {
      return grid.globalSize(d);
    }

    @Override
    public int localSize(int d) {
      return grid.groupSize(d);
    }

    @Override
    public int numGroups(int d) {
      return grid.numGroups(d);
    }

    @Override
    public void barrier() {
      throw new UnsupportedOperationException("the sequential reference runner has no barriers");
    }
  }
}
