package dev.geobacter.cuda.driver;

import com.sun.jna.Pointer;

/** Memory on the GPU ({@code cuMemAlloc_v2}), freed by {@link #close()} or when unreachable. */
public final class DeviceBuffer extends NativeResource {
  private final long bytes;

  DeviceBuffer(long address, long bytes, ContextLifetime context, ReleaseAction.Releaser free) {
    super("device buffer of " + bytes + " bytes in " + context.name(), address, context, "cuMemFree_v2", free);
    this.bytes = bytes;
  }

  /** The {@code CUdeviceptr}, for kernel parameters. */
  public long address() {
    return handle();
  }

  public long size() {
    return bytes;
  }

  /** Copies {@code count} bytes from host memory (pinned or not) to the start of this buffer; waits. */
  public void copyFromHost(Pointer source, long count) {
    Ranges.check(count, 0, bytes, this);
    CudaErrors.check(CudaNative.cuMemcpyHtoD_v2(address(), Pointer.nativeValue(source), count),
        "cuMemcpyHtoD_v2(" + count + " bytes)");
  }

  /** Copies the first {@code count} bytes of this buffer to host memory; waits. */
  public void copyToHost(Pointer destination, long count) {
    Ranges.check(count, 0, bytes, this);
    CudaErrors.check(CudaNative.cuMemcpyDtoH_v2(Pointer.nativeValue(destination), address(), count),
        "cuMemcpyDtoH_v2(" + count + " bytes)");
  }
}
