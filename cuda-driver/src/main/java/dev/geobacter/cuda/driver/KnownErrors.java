package dev.geobacter.cuda.driver;

import java.util.Map;

/**
 * The names of the common {@code CUresult} codes from {@code cuda.h}, for when the driver cannot
 * describe a code itself (an unknown code, or a code met before the library was bound).
 */
final class KnownErrors {
  private static final Map<Integer, String> NAMES = Map.ofEntries(
      Map.entry(0, "CUDA_SUCCESS"),
      Map.entry(1, "CUDA_ERROR_INVALID_VALUE"),
      Map.entry(2, "CUDA_ERROR_OUT_OF_MEMORY"),
      Map.entry(3, "CUDA_ERROR_NOT_INITIALIZED"),
      Map.entry(4, "CUDA_ERROR_DEINITIALIZED"),
      Map.entry(34, "CUDA_ERROR_STUB_LIBRARY"),
      Map.entry(46, "CUDA_ERROR_DEVICE_UNAVAILABLE"),
      Map.entry(100, "CUDA_ERROR_NO_DEVICE"),
      Map.entry(101, "CUDA_ERROR_INVALID_DEVICE"),
      Map.entry(200, "CUDA_ERROR_INVALID_IMAGE"),
      Map.entry(201, "CUDA_ERROR_INVALID_CONTEXT"),
      Map.entry(209, "CUDA_ERROR_NO_BINARY_FOR_GPU"),
      Map.entry(218, "CUDA_ERROR_INVALID_PTX"),
      Map.entry(221, "CUDA_ERROR_JIT_COMPILER_NOT_FOUND"),
      Map.entry(222, "CUDA_ERROR_UNSUPPORTED_PTX_VERSION"),
      Map.entry(400, "CUDA_ERROR_INVALID_HANDLE"),
      Map.entry(500, "CUDA_ERROR_NOT_FOUND"),
      Map.entry(600, "CUDA_ERROR_NOT_READY"),
      Map.entry(700, "CUDA_ERROR_ILLEGAL_ADDRESS"),
      Map.entry(701, "CUDA_ERROR_LAUNCH_OUT_OF_RESOURCES"),
      Map.entry(702, "CUDA_ERROR_LAUNCH_TIMEOUT"),
      Map.entry(709, "CUDA_ERROR_CONTEXT_IS_DESTROYED"),
      Map.entry(715, "CUDA_ERROR_ILLEGAL_INSTRUCTION"),
      Map.entry(716, "CUDA_ERROR_MISALIGNED_ADDRESS"),
      Map.entry(719, "CUDA_ERROR_LAUNCH_FAILED"),
      Map.entry(801, "CUDA_ERROR_NOT_SUPPORTED"),
      Map.entry(803, "CUDA_ERROR_SYSTEM_DRIVER_MISMATCH"),
      Map.entry(999, "CUDA_ERROR_UNKNOWN"));

  private KnownErrors() {}

  /** The description used when the driver gave none. */
  static CudaError describe(int code) {
    String name = NAMES.get(code);
    return name == null
        ? new CudaError(code, "CUresult " + code, "a code this binding does not know; see cuda.h")
        : new CudaError(code, name, "the driver did not describe it; see cuda.h");
  }
}
