package dev.geobacter.cuda.driver;

import com.sun.jna.Pointer;

/**
 * Turns {@code CUresult} codes into exceptions. Every driver call goes through {@link #check}:
 * success costs one comparison; a failure is described by the driver itself
 * ({@code cuGetErrorName}, {@code cuGetErrorString}) when it can, else from {@link KnownErrors}.
 * {@code CUDA_ERROR_OUT_OF_MEMORY} becomes a {@link DeviceOutOfMemoryException}.
 */
public final class CudaErrors {
  private CudaErrors() {}

  /** Throws unless {@code result} is {@code CUDA_SUCCESS}; {@code call} names what was asked. */
  public static void check(int result, String call) {
    if (result != CudaError.SUCCESS) throw exception(result, call, -1);
  }

  /** The same, for allocations: an out-of-memory failure carries {@code requestedBytes}. */
  public static void checkAllocation(int result, String call, long requestedBytes) {
    if (result != CudaError.SUCCESS) throw exception(result, call, requestedBytes);
  }

  /** The exception for a failed call ({@code requestedBytes} negative when not an allocation). */
  public static CudaException exception(int result, String call, long requestedBytes) {
    return exception(describe(result), call, requestedBytes);
  }

  static CudaException exception(CudaError error, String call, long requestedBytes) {
    if (error.code() == CudaError.OUT_OF_MEMORY) return new DeviceOutOfMemoryException(call, error, requestedBytes);
    return new CudaException(call, error);
  }

  /** What {@code code} means: the driver's own words where the library is bound, else {@code cuda.h}'s name. */
  public static CudaError describe(int code) {
    return CudaLibrary.isLoaded() ? describeByDriver(code) : KnownErrors.describe(code);
  }

  private static CudaError describeByDriver(int code) {
    long[] name = new long[1];
    long[] text = new long[1];
    // Both return CUDA_ERROR_INVALID_VALUE for a code the driver does not know.
    if (CudaNative.cuGetErrorName(code, name) != CudaError.SUCCESS || name[0] == 0) return KnownErrors.describe(code);
    String description = CudaNative.cuGetErrorString(code, text) == CudaError.SUCCESS && text[0] != 0
        ? new Pointer(text[0]).getString(0) : "no description";
    return new CudaError(code, new Pointer(name[0]).getString(0), description);
  }
}
