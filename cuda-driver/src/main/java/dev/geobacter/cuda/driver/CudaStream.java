package dev.geobacter.cuda.driver;

import com.sun.jna.Pointer;

/**
 * A queue of GPU work that runs in order: asynchronous copies, fills and kernel launches return at
 * once; {@link #synchronize()} waits for all of them. Copies with host memory are asynchronous
 * only from {@link PinnedBuffer}s; from pageable memory the driver stages them synchronously.
 */
public final class CudaStream extends NativeResource {
  static final int NON_BLOCKING = 0x1;

  CudaStream(long stream, ContextLifetime context, ReleaseAction.Releaser destroy) {
    super("stream in " + context.name(), stream, context, "cuStreamDestroy_v2", destroy);
  }

  /** The {@code CUstream}. */
  public long address() {
    return handle();
  }

  /** Queues a copy of {@code count} bytes from host memory to {@code destination} at {@code offset}. */
  public void copyToDevice(Pointer source, DeviceBuffer destination, long offset, long count) {
    Ranges.check(count, offset, destination.size(), destination);
    int result = CudaNative.cuMemcpyHtoDAsync_v2(destination.address() + offset, Pointer.nativeValue(source), count,
        handle());
    if (result != CudaError.SUCCESS) throw CudaErrors.exception(result, "cuMemcpyHtoDAsync_v2(" + count + " bytes)", -1);
  }

  /** Queues a copy of {@code count} bytes from {@code source} at {@code offset} to host memory. */
  public void copyToHost(DeviceBuffer source, long offset, Pointer destination, long count) {
    Ranges.check(count, offset, source.size(), source);
    int result = CudaNative.cuMemcpyDtoHAsync_v2(Pointer.nativeValue(destination), source.address() + offset, count,
        handle());
    if (result != CudaError.SUCCESS) throw CudaErrors.exception(result, "cuMemcpyDtoHAsync_v2(" + count + " bytes)", -1);
  }

  /** Queues a copy of {@code count} bytes from {@code source} at {@code sourceOffset} to the start of {@code destination}. */
  public void copyToDevice(PinnedBuffer source, long sourceOffset, DeviceBuffer destination, long count) {
    Ranges.check(count, sourceOffset, source.size(), source);
    Ranges.check(count, 0, destination.size(), destination);
    int result = CudaNative.cuMemcpyHtoDAsync_v2(destination.address(), source.address() + sourceOffset, count,
        handle());
    if (result != CudaError.SUCCESS) throw CudaErrors.exception(result, "cuMemcpyHtoDAsync_v2(" + count + " bytes)", -1);
  }

  /** Queues a copy of the first {@code count} bytes of {@code source} into {@code destination} at {@code offset}. */
  public void copyToHost(DeviceBuffer source, PinnedBuffer destination, long destinationOffset, long count) {
    Ranges.check(count, 0, source.size(), source);
    Ranges.check(count, destinationOffset, destination.size(), destination);
    int result = CudaNative.cuMemcpyDtoHAsync_v2(destination.address() + destinationOffset, source.address(), count,
        handle());
    if (result != CudaError.SUCCESS) throw CudaErrors.exception(result, "cuMemcpyDtoHAsync_v2(" + count + " bytes)", -1);
  }

  /** Queues setting the first {@code words} 32-bit words of {@code buffer} to {@code value}. */
  public void fill(DeviceBuffer buffer, int value, long words) {
    Ranges.check(words * 4, 0, buffer.size(), buffer);
    CudaErrors.check(CudaNative.cuMemsetD32Async(buffer.address(), value, words, handle()), "cuMemsetD32Async");
  }

  /**
   * Queues {@code function} over {@code grid} blocks of {@code block} threads. The driver copies
   * the parameter values at this call, so {@code parameters} may be rewritten right after.
   */
  public void launch(CudaFunction function, Extent grid, Extent block, int sharedMemoryBytes,
      KernelParameters parameters) {
    int result = CudaNative.cuLaunchKernel(function.address(), grid.x(), grid.y(), grid.z(), block.x(), block.y(),
        block.z(), sharedMemoryBytes, handle(), parameters.address(), 0);
    if (result != CudaError.SUCCESS) {
      throw CudaErrors.exception(result, "cuLaunchKernel(" + function.name() + ", grid " + grid + ", block " + block + ")",
          -1);
    }
  }

  /** Waits for everything queued so far; an error of an earlier kernel surfaces here. */
  public void synchronize() {
    int result = CudaNative.cuStreamSynchronize(handle());
    if (result != CudaError.SUCCESS) throw CudaErrors.exception(result, "cuStreamSynchronize", -1);
  }
}
