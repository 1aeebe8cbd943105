package dev.geobacter.cuda.driver;

/**
 * A GPU's primary context (the one the CUDA runtime shares too), retained for as long as this
 * object is open. Every method makes it current on the calling thread first, so any thread may
 * use it. Resources made here are freed before it ends or skipped if they outlive it.
 */
public final class CudaContext implements AutoCloseable {
  private static final ThreadLocal<ContextLifetime> CURRENT = new ThreadLocal<>();

  private final DeviceProperties device;
  private final long handle;
  private final ContextLifetime lifetime;

  private CudaContext(DeviceProperties device, long handle) {
    this.device = device;
    this.handle = handle;
    this.lifetime = new ContextLifetime("primary context of cuda:" + device.ordinal());
  }

  static CudaContext retainPrimary(DeviceProperties device) {
    long[] context = new long[1];
    CudaErrors.check(CudaNative.cuDevicePrimaryCtxRetain(context, device.handle()),
        "cuDevicePrimaryCtxRetain(cuda:" + device.ordinal() + ")");
    return new CudaContext(device, context[0]);
  }

  public DeviceProperties device() {
    return device;
  }

  /** Makes this context current on the calling thread (a no-op when it already is). */
  public void makeCurrent() {
    int result = setCurrent();
    if (result != CudaError.SUCCESS) CudaErrors.check(result, "cuCtxSetCurrent(" + lifetime.name() + ")");
  }

  private int setCurrent() {
    if (!lifetime.isAlive()) throw new IllegalStateException(lifetime.name() + " is closed");
    if (CURRENT.get() == lifetime) return CudaError.SUCCESS;
    int result = CudaNative.cuCtxSetCurrent(handle);
    if (result == CudaError.SUCCESS) CURRENT.set(lifetime);
    return result;
  }

  /** {@code bytes} of device memory (uninitialized). */
  public DeviceBuffer allocate(long bytes) {
    if (bytes <= 0) throw new IllegalArgumentException("a device buffer needs at least 1 byte, not " + bytes);
    makeCurrent();
    long[] address = new long[1];
    CudaErrors.checkAllocation(CudaNative.cuMemAlloc_v2(address, bytes), "cuMemAlloc_v2(" + bytes + " bytes on cuda:"
        + device.ordinal() + ")", bytes);
    return new DeviceBuffer(address[0], bytes, lifetime, this::freeDevice);
  }

  /** {@code bytes} of page-locked host memory, which the GPU copies at full speed. */
  public PinnedBuffer allocatePinned(long bytes) {
    if (bytes <= 0) throw new IllegalArgumentException("a pinned buffer needs at least 1 byte, not " + bytes);
    makeCurrent();
    long[] address = new long[1];
    CudaErrors.checkAllocation(CudaNative.cuMemHostAlloc(address, bytes, 0), "cuMemHostAlloc(" + bytes + " bytes)", bytes);
    return new PinnedBuffer(address[0], bytes, lifetime, this::freeHost);
  }

  /** A stream that does not synchronize with the legacy default stream. */
  public CudaStream createStream() {
    makeCurrent();
    long[] stream = new long[1];
    CudaErrors.check(CudaNative.cuStreamCreate(stream, CudaStream.NON_BLOCKING), "cuStreamCreate");
    return new CudaStream(stream[0], lifetime, h -> releaseWith(() -> CudaNative.cuStreamDestroy_v2(h)));
  }

  /** An event that records timing. */
  public CudaEvent createEvent() {
    return createEvent(0);
  }

  /** An event for waiting only (no timestamps, which makes recording and waiting cheaper). */
  public CudaEvent createSyncEvent() {
    return createEvent(CudaEvent.DISABLE_TIMING);
  }

  private CudaEvent createEvent(int flags) {
    makeCurrent();
    long[] event = new long[1];
    CudaErrors.check(CudaNative.cuEventCreate(event, flags), "cuEventCreate");
    return new CudaEvent(event[0], lifetime, h -> releaseWith(() -> CudaNative.cuEventDestroy_v2(h)));
  }

  /**
   * Loads a module from PTX text; the driver compiles it for this GPU. A rejected module throws
   * {@link ModuleLoadException} with the JIT's error log.
   */
  public CudaModule loadPtx(String ptx, String name) {
    makeCurrent();
    return ModuleLoader.load(JitImage.ofText(ptx), name, lifetime, h -> releaseWith(() -> CudaNative.cuModuleUnload(h)));
  }

  /** Loads a module from a cubin (as {@link #linkPtx} makes): no compilation, microseconds. */
  public CudaModule loadCubin(byte[] cubin, String name) {
    makeCurrent();
    return ModuleLoader.load(JitImage.ofBinary(cubin), name, lifetime, h -> releaseWith(() -> CudaNative.cuModuleUnload(h)));
  }

  /** Compiles PTX into a cubin for this GPU with the driver's own linker, for caching. */
  public byte[] linkPtx(String ptx, String name) {
    makeCurrent();
    return PtxLinker.link(ptx, name);
  }

  /** Waits until all work on this context has finished. */
  public void synchronize() {
    makeCurrent();
    CudaErrors.check(CudaNative.cuCtxSynchronize(), "cuCtxSynchronize");
  }

  /** Free and total device memory in bytes, as {@code long[] {free, total}}. */
  public long[] memoryInfo() {
    makeCurrent();
    long[] free = new long[1];
    long[] total = new long[1];
    CudaErrors.check(CudaNative.cuMemGetInfo_v2(free, total), "cuMemGetInfo_v2");
    return new long[] {free[0], total[0]};
  }

  public boolean isClosed() {
    return !lifetime.isAlive();
  }

  /** Releases the primary context; buffers still open are then skipped, not freed twice. */
  @Override
  public void close() {
    lifetime.end(() -> CudaErrors.check(CudaNative.cuDevicePrimaryCtxRelease_v2(device.handle()),
        "cuDevicePrimaryCtxRelease_v2(cuda:" + device.ordinal() + ")"));
  }

  private int freeDevice(long address) {
    return releaseWith(() -> CudaNative.cuMemFree_v2(address));
  }

  private int freeHost(long address) {
    return releaseWith(() -> CudaNative.cuMemFreeHost(address));
  }

  /** Runs a release call with this context current (releases may run on the Cleaner's thread). */
  private int releaseWith(java.util.function.IntSupplier call) {
    int result = setCurrent();
    return result != CudaError.SUCCESS ? result : call.getAsInt();
  }

  @Override
  public String toString() {
    return lifetime + " " + device;
  }
}
