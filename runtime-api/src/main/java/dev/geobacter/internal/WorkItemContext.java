package dev.geobacter.internal;

/** What {@link dev.geobacter.Gpu} reads on a device that runs kernels as Java code. Not public API. */
public interface WorkItemContext {
  int globalId(int d);

  int localId(int d);

  int groupId(int d);

  int globalSize(int d);

  int localSize(int d);

  int numGroups(int d);

  void barrier();
}
