package dev.geobacter.cuda.launch;

import dev.geobacter.codegen.FailureKind;
import dev.geobacter.codegen.FailureSites;
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
import dev.geobacter.Grid;
import java.util.BitSet;
import java.util.List;

/**
 * The buffers of one launch in flight, reused by later launches once it has finished: the
 * parameter block (rewritten in place), a pinned staging buffer and a device buffer per array
 * parameter (grown when an argument is larger than before), the launch status buffer and an event.
 * {@link #enqueue} copies the arrays into staging and queues the copies to the GPU, the kernel and
 * the copies back of the arrays the kernel may write and of the status; {@link #finish} waits for
 * the event, copies the results into the Java arrays and raises a failed check as the Java
 * exception. Resident arrays ({@link ResidentBuffers}) are passed in place and not copied.
 */
final class LaunchSession implements AutoCloseable {
  /** Buffers grow in steps of this many bytes, so slightly larger arguments do not reallocate. */
  private static final long GRANULE = 1 << 20;

  private final CudaContext context;
  private final KernelParameterLayout layout;
  private final List<JavaType> parameters;
  private final KernelParameters block;
  private final DeviceBuffer status;
  private final DeviceBuffer[] arrays;
  private final CudaEvent done;
  /** Per parameter: whether {@link #finish} copies it from staging into the Java array. */
  private final boolean[] copyBack;
  private PinnedBuffer staging;
  private StagingLayout staged;

  LaunchSession(CudaContext context, KernelParameterLayout layout) {
    this.context = context;
    this.layout = layout;
    this.parameters = layout.parameters();
    this.block = new KernelParameters(layout.slots().size());
    this.status = context.allocate(LaunchStatus.SIZE);
    this.arrays = new DeviceBuffer[parameters.size()];
    this.copyBack = new boolean[parameters.size()];
    this.done = context.createSyncEvent();
    block.setAddress(layout.statusSlot(), status.address());
  }

  /** Queues the whole launch on {@code stream}; the context must be current. */
  void enqueue(CudaStream stream, CudaFunction function, Grid grid, Object[] args, BitSet written,
      ResidentBuffers residents) {
    stage(stream, args, written, residents);
    stream.fill(status, 0, LaunchStatus.SIZE / 4);
    stream.launch(function, new Extent(grid.numGroups(0), grid.numGroups(1), grid.numGroups(2)),
        new Extent(grid.groupSize(0), grid.groupSize(1), grid.groupSize(2)), 0, block);
    for (int i = 0; i < args.length; i++) {
      if (copyBack[i]) stream.copyToHost(arrays[i], staging, staged.offset(i), arrayBytes(i, args[i]));
    }
    stream.copyToHost(status, staging, 0, LaunchStatus.SIZE);
    done.record(stream);
  }

  /** Waits for the launch queued last, copies its results into {@code args}' arrays and raises its failed check. */
  void finish(Object[] args, FailureSites sites) {
    done.synchronize();
    for (int i = 0; i < args.length; i++) {
      if (copyBack[i]) ArrayCopies.toJava(parameters.get(i).elementKind(), staging.pointer(), staged.offset(i), args[i]);
    }
    raiseFailure(sites);
  }

  /** Sets every parameter and queues the copies of the arrays to the GPU. */
  private void stage(CudaStream stream, Object[] args, BitSet written, ResidentBuffers residents) {
    long[] sizes = new long[args.length];
    for (int i = 0; i < args.length; i++) {
      ResidentBuffer resident = parameters.get(i).isArray() ? residents.find(args[i]) : null;
      sizes[i] = resident != null ? -1 : arrayBytes(i, args[i]);
    }
    staged = new StagingLayout(LaunchStatus.SIZE, sizes);
    if (staging == null || staging.size() < staged.total()) {
      if (staging != null) staging.close();
      staging = context.allocatePinned(roundUp(staged.total()));
    }
    for (int i = 0; i < args.length; i++) {
      JavaType type = parameters.get(i);
      int slot = layout.firstSlot(i);
      copyBack[i] = false;
      if (!type.isArray()) {
        setScalar(slot, type.kind(), args[i]);
      } else if (sizes[i] < 0) {
        passResident(slot, residents.find(args[i]), written.get(i));
      } else {
        stageArray(stream, i, slot, type.elementKind(), args[i], sizes[i], staged.offset(i));
        copyBack[i] = sizes[i] > 0 && written.get(i);
      }
    }
  }

  private void passResident(int slot, ResidentBuffer resident, boolean written) {
    block.setAddress(slot, resident.address());
    block.setInt(slot + 1, java.lang.reflect.Array.getLength(resident.array));
    if (written) resident.written = true;
  }

  private void stageArray(CudaStream stream, int index, int slot, JavaType.Kind element, Object array, long bytes,
      long offset) {
    block.setInt(slot + 1, java.lang.reflect.Array.getLength(array));
    if (bytes == 0) {
      block.setAddress(slot, 0);
      return;
    }
    if (arrays[index] == null || arrays[index].size() < bytes) {
      if (arrays[index] != null) arrays[index].close();
      arrays[index] = context.allocate(roundUp(bytes));
    }
    ArrayCopies.toNative(element, array, staging.pointer(), offset);
    stream.copyToDevice(staging, offset, arrays[index], bytes);
    block.setAddress(slot, arrays[index].address());
  }

  private void setScalar(int slot, JavaType.Kind kind, Object value) {
    switch (kind) {
      case BOOLEAN -> block.setInt(slot, (Boolean) value ? 1 : 0);
      case BYTE -> block.setInt(slot, (Byte) value);
      case CHAR -> block.setInt(slot, (Character) value);
      case SHORT -> block.setInt(slot, (Short) value);
      case INT -> block.setInt(slot, (Integer) value);
      case LONG -> block.setLong(slot, (Long) value);
      case FLOAT -> block.setFloat(slot, (Float) value);
      case DOUBLE -> block.setDouble(slot, (Double) value);
      case VOID, ARRAY, REFERENCE -> throw new IllegalArgumentException("not a scalar parameter: " + kind);
    }
  }

  /** The first failed check of the launch, as the exception the JVM would have thrown. */
  private void raiseFailure(FailureSites sites) {
    var memory = staging.pointer();
    if (memory.getInt(LaunchStatus.FAILED) == 0) return;
    throw FailureKind.ofCode(memory.getInt(LaunchStatus.KIND)).toException(memory.getInt(LaunchStatus.INDEX),
        memory.getInt(LaunchStatus.LENGTH), sites.position(memory.getInt(LaunchStatus.SITE)));
  }

  private long arrayBytes(int index, Object arg) {
    JavaType type = parameters.get(index);
    return type.isArray() ? ArrayCopies.bytes(type.elementKind(), arg) : -1;
  }

  private static long roundUp(long bytes) {
    return (bytes + GRANULE - 1) / GRANULE * GRANULE;
  }

  @Override
  public void close() {
    for (DeviceBuffer array : arrays) if (array != null) array.close();
    if (staging != null) staging.close();
    status.close();
    done.close();
    block.close();
  }
}
