package dev.geobacter.codegen.host;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.geobacter.Grid;
import dev.geobacter.codegen.FailureKind;
import dev.geobacter.codegen.FailureSites;
import java.util.BitSet;

/**
 * A kernel compiled for the host CPU: launching runs every work-group of the grid across the
 * worker threads and raises the first failed check (in the order the threads recorded them) as the
 * exception the JVM would have thrown.
 *
 * <p>Arrays are passed in place where that is safe ({@link ArrayPassing}): the kernel was compiled
 * with bounds checks, so it cannot write outside its arrays, and the JDK has critical downcalls
 * (22 and later), which keep the arrays where they are during each call. Otherwise they are copied
 * off-heap before the launch and back after it.
 */
public final class HostKernel {
  private final String name;
  private final long address;
  private final ArgumentLayout layout;
  private final FailureSites failureSites;
  private final boolean boundsChecked;
  private final WorkerPool workers;
  private final BufferPool buffers;
  private final BitSet writtenParameters;
  private final EntryCall copying;
  /** Made on the first in-place launch: linking a downcall costs more than a launch. */
  private volatile EntryCall inPlace;

  HostKernel(String name, long address, ArgumentLayout layout, FailureSites failureSites, boolean boundsChecked,
      BitSet writtenParameters, WorkerPool workers, BufferPool buffers) {
    this.buffers = buffers;
    this.name = name;
    this.address = address;
    this.boundsChecked = boundsChecked;
    this.writtenParameters = (BitSet) writtenParameters.clone();
    this.copying = new CopyingEntryCall(address);
    this.layout = layout;
    this.failureSites = failureSites;
    this.workers = workers;
  }

  public String name() {
    return name;
  }

  /** Runs the kernel over {@code grid}; arrays in {@code args} are updated in place. */
  public void launch(Grid grid, Object... args) {
    EntryCall entry = passesArraysInPlace() ? inPlaceEntry() : copying;
    try (KernelArguments arguments = new KernelArguments(layout, args, writtenParameters, buffers, name,
            entry.inPlace());
        Memory record = new Memory(LaunchRecord.SIZE)) {
      record.clear();
      for (int d = 0; d < 3; d++) {
        record.setInt(LaunchRecord.NUM_GROUPS + 4L * d, grid.numGroups(d));
        record.setInt(LaunchRecord.GROUP_SIZE + 4L * d, grid.groupSize(d));
      }
      Pointer block = arguments.block();
      Object[] arrays = arguments.arrays();
      workers.run(grid.totalGroups(), (begin, end) -> entry.call(block, record, begin, end, arrays));
      arguments.copyBack();
      if (record.getInt(LaunchRecord.FAILED) != 0) {
        throw FailureKind.ofCode(record.getInt(LaunchRecord.KIND)).toException(record.getInt(LaunchRecord.INDEX),
            record.getInt(LaunchRecord.LENGTH), failureSites.position(record.getInt(LaunchRecord.SITE)));
      }
    }
  }

  /** Whether a launch now would pass the arrays in place rather than copying them. */
  boolean passesArraysInPlace() {
    return ArrayPassing.inPlace(boundsChecked);
  }

  private EntryCall inPlaceEntry() {
    EntryCall entry = inPlace;
    if (entry == null) {
      synchronized (this) {
        if (inPlace == null) inPlace = new InPlaceEntryCall(address, layout.arrayCount());
        entry = inPlace;
      }
    }
    return entry;
  }

  @Override
  public String toString() {
    return "host kernel " + name;
  }
}
