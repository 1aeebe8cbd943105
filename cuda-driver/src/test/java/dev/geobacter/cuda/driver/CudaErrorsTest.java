package dev.geobacter.cuda.driver;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** CUresult codes to exceptions: names, descriptions, the failing call, out-of-memory sizes. */
class CudaErrorsTest {
  @Test
  void successIsNotAnError() {
    assertDoesNotThrow(() -> CudaErrors.check(0, "cuInit"));
    assertDoesNotThrow(() -> CudaErrors.checkAllocation(0, "cuMemAlloc_v2", 1 << 20));
  }

  @Test
  void knownCodesHaveTheirCudaHeaderNames() {
    assertEquals("CUDA_ERROR_INVALID_VALUE", KnownErrors.describe(1).name());
    assertEquals("CUDA_ERROR_OUT_OF_MEMORY", KnownErrors.describe(2).name());
    assertEquals("CUDA_ERROR_NO_DEVICE", KnownErrors.describe(100).name());
    assertEquals("CUDA_ERROR_INVALID_PTX", KnownErrors.describe(218).name());
    assertEquals("CUDA_ERROR_ILLEGAL_ADDRESS", KnownErrors.describe(700).name());
    assertEquals("CUDA_ERROR_LAUNCH_FAILED", KnownErrors.describe(719).name());
    assertEquals("CUDA_ERROR_UNKNOWN", KnownErrors.describe(999).name());
  }

  @Test
  void unknownCodesAreNamedByNumber() {
    CudaError error = KnownErrors.describe(12345);
    assertEquals(12345, error.code());
    assertEquals("CUresult 12345", error.name());
  }

  @Test
  void aFailedCallNamesTheCallTheErrorAndItsCode() {
    CudaException error = CudaErrors.exception(new CudaError(218, "CUDA_ERROR_INVALID_PTX", "a PTX JIT compilation failed"),
        "cuModuleLoadDataEx(saxpy)", -1);
    assertEquals("cuModuleLoadDataEx(saxpy) failed: CUDA_ERROR_INVALID_PTX (218): a PTX JIT compilation failed",
        error.getMessage());
    assertEquals("cuModuleLoadDataEx(saxpy)", error.call());
    assertEquals(218, error.code());
    assertEquals("CUDA_ERROR_INVALID_PTX", error.error().name());
  }

  @Test
  void outOfMemoryIsItsOwnExceptionWithTheRequestedSize() {
    CudaException error = CudaErrors.exception(2, "cuMemAlloc_v2(1099511627776 bytes on cuda:0)", 1L << 40);
    DeviceOutOfMemoryException oom = assertInstanceOf(DeviceOutOfMemoryException.class, error);
    assertEquals(1L << 40, oom.requestedBytes().orElseThrow());
    assertTrue(oom.getMessage().contains("CUDA_ERROR_OUT_OF_MEMORY"), oom.getMessage());
    assertTrue(oom.getMessage().contains("requested 1099511627776 bytes (1.0 TiB)"), oom.getMessage());
  }

  @Test
  void outOfMemoryFromACallWithoutASizeSaysSo() {
    DeviceOutOfMemoryException oom = assertInstanceOf(DeviceOutOfMemoryException.class,
        CudaErrors.exception(2, "cuLaunchKernel", -1));
    assertTrue(oom.requestedBytes().isEmpty());
    assertThrows(DeviceOutOfMemoryException.class, () -> CudaErrors.checkAllocation(2, "cuMemHostAlloc", 64));
  }

  @Test
  void otherFailuresAreNotOutOfMemory() {
    CudaException error = assertThrows(CudaException.class, () -> CudaErrors.check(700, "cuStreamSynchronize"));
    assertEquals(CudaException.class, error.getClass());
    assertTrue(error.getMessage().startsWith("cuStreamSynchronize failed: "), error.getMessage());
    assertTrue(error.getMessage().contains("(700)"), error.getMessage());
  }

  @Test
  void sizesAreWrittenForPeople() {
    assertEquals("512 bytes", DeviceOutOfMemoryException.describeBytes(512));
    assertEquals("1536 bytes (1.5 KiB)", DeviceOutOfMemoryException.describeBytes(1536));
    assertEquals("4294967296 bytes (4.0 GiB)", DeviceOutOfMemoryException.describeBytes(4L << 30));
  }
}
