package dev.geobacter.cuda.driver;

/** A point in a stream's work, recorded with a GPU timestamp. */
public final class CudaEvent extends NativeResource {
  /** {@code CU_EVENT_DISABLE_TIMING}. */
  static final int DISABLE_TIMING = 0x2;

  CudaEvent(long event, ContextLifetime context, ReleaseAction.Releaser destroy) {
    super("event in " + context.name(), event, context, "cuEventDestroy_v2", destroy);
  }

  /** Marks the current end of {@code stream}'s queue. */
  public void record(CudaStream stream) {
    CudaErrors.check(CudaNative.cuEventRecord(handle(), stream.address()), "cuEventRecord");
  }

  /** Waits until the work before the recorded point has finished; an error of that work surfaces here. */
  public void synchronize() {
    CudaErrors.check(CudaNative.cuEventSynchronize(handle()), "cuEventSynchronize");
  }

  /** GPU time from {@code this} to {@code end} in milliseconds (about 0.5 µs resolution); both must have completed. */
  public float elapsedMillisTo(CudaEvent end) {
    float[] milliseconds = new float[1];
    CudaErrors.check(CudaNative.cuEventElapsedTime_v2(milliseconds, handle(), end.handle()), "cuEventElapsedTime_v2");
    return milliseconds[0];
  }
}
