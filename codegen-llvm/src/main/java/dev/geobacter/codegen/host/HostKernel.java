package dev.geobacter.codegen.host;

import com.sun.jna.Function;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import dev.geobacter.Grid;
import dev.geobacter.codegen.FailureKind;
import dev.geobacter.codegen.FailureSites;
import java.util.BitSet;

/**
 * A kernel compiled for the host CPU: launching runs every work-group of the grid across the
 * worker threads, then copies the arrays back and raises the first failed check (in the order the
 * threads recorded them) as the exception the JVM would have thrown.
 */
public final class HostKernel {
  private final String name;
  private final Function entry;
  private final ArgumentLayout layout;
  private final FailureSites failureSites;
  private final WorkerPool workers;
  private final BufferPool buffers;
  private final BitSet writtenParameters;

  HostKernel(String name, long address, ArgumentLayout layout, FailureSites failureSites, BitSet writtenParameters,
      WorkerPool workers, BufferPool buffers) {
    this.buffers = buffers;
    this.name = name;
    this.writtenParameters = (BitSet) writtenParameters.clone();
    this.entry = Function.getFunction(new Pointer(address));
    this.layout = layout;
    this.failureSites = failureSites;
    this.workers = workers;
  }

  public String name() {
    return name;
  }

  /** Runs the kernel over {@code grid}; arrays in {@code args} are updated in place. */
  public void launch(Grid grid, Object... args) {
    try (KernelArguments arguments = new KernelArguments(layout, args, writtenParameters, buffers, name);
        Memory record = new Memory(LaunchRecord.SIZE)) {
      record.clear();
      for (int d = 0; d < 3; d++) {
        record.setInt(LaunchRecord.NUM_GROUPS + 4L * d, grid.numGroups(d));
        record.setInt(LaunchRecord.GROUP_SIZE + 4L * d, grid.groupSize(d));
      }
      Pointer block = arguments.block();
      workers.run(grid.totalGroups(), (begin, end) -> entry.invoke(Void.class, new Object[] {block, record, begin, end}));
      arguments.copyBack();
      if (record.getInt(LaunchRecord.FAILED) != 0) {
        throw FailureKind.ofCode(record.getInt(LaunchRecord.KIND)).toException(record.getInt(LaunchRecord.INDEX),
            record.getInt(LaunchRecord.LENGTH), failureSites.position(record.getInt(LaunchRecord.SITE)));
      }
    }
  }

  @Override
  public String toString() {
    return "host kernel " + name;
  }
}
