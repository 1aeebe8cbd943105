package dev.geobacter.bench.gpu;

import dev.geobacter.Grid;
import dev.geobacter.KernelInstance;
import dev.geobacter.codegen.JavaType;
import dev.geobacter.cuda.driver.CudaContext;
import dev.geobacter.cuda.driver.CudaEvent;
import dev.geobacter.cuda.driver.CudaFunction;
import dev.geobacter.cuda.driver.CudaStream;
import dev.geobacter.cuda.driver.DeviceBuffer;
import dev.geobacter.cuda.driver.Extent;
import dev.geobacter.cuda.driver.KernelParameters;
import dev.geobacter.cuda.driver.PinnedBuffer;
import dev.geobacter.cuda.ptx.KernelParameterLayout;
import dev.geobacter.cuda.ptx.LaunchStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's own use of one GPU: device arrays it uploads once, kernel parameter blocks in
 * the layout the code generator expects, launches on one stream, and kernel times from CUDA events
 * recorded right around a launch. Everything it allocates is freed by {@link #close()}.
 */
final class GpuSession implements AutoCloseable {
  /** A float or int array in GPU memory, passed to a kernel as its pointer and length. */
  record DeviceArray(DeviceBuffer buffer, int length) {}

  private final CudaContext context;
  private final CudaStream stream;
  private final CudaEvent start;
  private final CudaEvent stop;
  private final DeviceBuffer status;
  private final List<AutoCloseable> owned = new ArrayList<>();

  GpuSession(CudaContext context) {
    context.makeCurrent();
    this.context = context;
    this.stream = own(context.createStream());
    this.start = own(context.createEvent());
    this.stop = own(context.createEvent());
    this.status = own(context.allocate(LaunchStatus.SIZE));
    stream.fill(status, 0, LaunchStatus.SIZE / 4);
    stream.synchronize();
  }

  CudaContext context() {
    return context;
  }

  CudaStream stream() {
    return stream;
  }

  DeviceArray upload(float[] values) {
    DeviceArray array = allocate(values.length);
    try (PinnedBuffer staging = context.allocatePinned(4L * values.length)) {
      staging.pointer().write(0, values, 0, values.length);
      array.buffer().copyFromHost(staging.pointer(), 4L * values.length);
    }
    return array;
  }

  /** An uninitialized array of {@code length} 32-bit elements (float or int). */
  DeviceArray allocate(int length) {
    return new DeviceArray(own(context.allocate(Math.max(4L, 4L * length))), length);
  }

  /** Sets every element to the bit pattern 0xFFFFFFFF (-1, or a NaN): a kernel that writes nothing fails its check. */
  void poison(DeviceArray array) {
    stream.fill(array.buffer(), -1, array.length());
    stream.synchronize();
  }

  float[] downloadFloats(DeviceArray array) {
    try (PinnedBuffer staging = context.allocatePinned(4L * array.length())) {
      array.buffer().copyToHost(staging.pointer(), 4L * array.length());
      return staging.pointer().getFloatArray(0, array.length());
    }
  }

  int[] downloadInts(DeviceArray array) {
    try (PinnedBuffer staging = context.allocatePinned(4L * array.length())) {
      array.buffer().copyToHost(staging.pointer(), 4L * array.length());
      return staging.pointer().getIntArray(0, array.length());
    }
  }

  /**
   * The parameter block of {@code kernel} for {@code args}: {@link DeviceArray}s for its array
   * parameters, boxed {@code int}s and {@code float}s for the others, then this session's status
   * buffer, as {@link KernelParameterLayout} says.
   */
  KernelParameters parameters(KernelInstance<?> kernel, Object... args) {
    KernelParameterLayout layout = KernelParameterLayout.ofDescriptor(kernel.descriptor());
    List<JavaType> types = layout.parameters();
    if (args.length != types.size()) {
      throw new IllegalArgumentException(kernel + " takes " + types.size() + " arguments, " + args.length + " given");
    }
    KernelParameters block = own(new KernelParameters(layout.slots().size()));
    for (int i = 0; i < args.length; i++) {
      int slot = layout.firstSlot(i);
      JavaType type = types.get(i);
      switch (type.kind()) {
        case ARRAY -> {
          DeviceArray array = (DeviceArray) args[i];
          block.setAddress(slot, array.buffer().address());
          block.setInt(slot + 1, array.length());
        }
        case INT -> block.setInt(slot, (Integer) args[i]);
        case FLOAT -> block.setFloat(slot, (Float) args[i]);
        case BOOLEAN, BYTE, CHAR, SHORT, LONG, DOUBLE, VOID, REFERENCE -> throw new IllegalArgumentException(
            kernel + ": parameter " + i + " of type " + type.javaName() + " is not used by these benchmarks");
      }
    }
    block.setAddress(layout.statusSlot(), status.address());
    return block;
  }

  /** Queues one launch of {@code function} over {@code grid}. */
  void launch(CudaFunction function, Grid grid, KernelParameters parameters) {
    stream.launch(function, new Extent(grid.numGroups(0), grid.numGroups(1), grid.numGroups(2)),
        new Extent(grid.groupSize(0), grid.groupSize(1), grid.groupSize(2)), 0, parameters);
  }

  /** GPU milliseconds between events recorded right before and right after {@code launch}'s work. */
  double timeMillis(Runnable launch) {
    start.record(stream);
    launch.run();
    stop.record(stream);
    stop.synchronize();
    return start.elapsedMillisTo(stop);
  }

  /** Throws if a kernel launched with this session recorded a failed check (an index out of bounds, say). */
  void requireNoFailedCheck(String kernel) {
    stream.synchronize();
    DeviceArray words = new DeviceArray(status, LaunchStatus.SIZE / 4);
    int[] recorded = downloadInts(words);
    if (recorded[LaunchStatus.FAILED / 4] != 0) {
      throw new IllegalStateException(kernel + " failed a check on the GPU: failure kind " + recorded[LaunchStatus.KIND / 4]
          + ", index " + recorded[LaunchStatus.INDEX / 4] + ", length " + recorded[LaunchStatus.LENGTH / 4]
          + " (run it on the jvm device to see the exception)");
    }
  }

  private <T extends AutoCloseable> T own(T resource) {
    owned.add(resource);
    return resource;
  }

  @Override
  public void close() {
    try {
      stream.synchronize();
    } catch (RuntimeException e) {
      System.err.println("GpuBench: the GPU reported an error before its buffers were freed: " + e.getMessage());
    }
    for (int i = owned.size() - 1; i >= 0; i--) {
      try {
        owned.get(i).close();
      } catch (Exception e) {
        System.err.println("GpuBench: releasing " + owned.get(i) + " failed: " + e.getMessage());
      }
    }
    owned.clear();
  }
}
