package dev.geobacter.cuda.driver;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * The CUDA driver functions this binding calls, bound to {@code libcuda.so.1} by JNA direct
 * mapping (a JNI call per invocation, no reflection): the launch path costs about the same as C.
 * Handles ({@code CUcontext}, {@code CUstream}, {@code CUdeviceptr}, ...) are passed as
 * {@code long}s; out-parameters as one-element arrays. The {@code _v2} symbols are the ones
 * {@code cuda.h} maps the plain names to; binding them directly avoids the legacy entry points.
 *
 * <p>Every result is an unchecked {@code CUresult}: callers pass it to {@link CudaErrors#check}.
 */
final class CudaNative {
  private CudaNative() {}

  /** Binds every method below; throws {@link UnsatisfiedLinkError} naming a missing symbol. */
  static void bind(NativeLibrary library) {
    Native.register(CudaNative.class, library);
  }

  static native int cuInit(int flags);

  static native int cuDriverGetVersion(int[] version);

  static native int cuGetErrorName(int error, long[] name);

  static native int cuGetErrorString(int error, long[] description);

  static native int cuDeviceGetCount(int[] count);

  static native int cuDeviceGet(int[] device, int ordinal);

  static native int cuDeviceGetName(byte[] name, int length, int device);

  static native int cuDeviceGetAttribute(int[] value, int attribute, int device);

  static native int cuDeviceTotalMem_v2(long[] bytes, int device);

  static native int cuDevicePrimaryCtxRetain(long[] context, int device);

  static native int cuDevicePrimaryCtxRelease_v2(int device);

  static native int cuCtxSetCurrent(long context);

  static native int cuCtxSynchronize();

  static native int cuModuleLoadDataEx(long[] module, Pointer image, int optionCount, Pointer options,
      Pointer optionValues);

  static native int cuModuleGetFunction(long[] function, long module, String name);

  static native int cuModuleUnload(long module);

  static native int cuLinkCreate_v2(int optionCount, Pointer options, Pointer optionValues, long[] state);

  static native int cuLinkAddData_v2(long state, int inputType, Pointer data, long size, String name,
      int optionCount, Pointer options, Pointer optionValues);

  static native int cuLinkComplete(long state, long[] cubin, long[] size);

  static native int cuLinkDestroy(long state);

  static native int cuMemAlloc_v2(long[] address, long bytes);

  static native int cuMemFree_v2(long address);

  static native int cuMemHostAlloc(long[] address, long bytes, int flags);

  static native int cuMemFreeHost(long address);

  static native int cuMemGetInfo_v2(long[] free, long[] total);

  static native int cuMemcpyHtoD_v2(long destination, long source, long bytes);

  static native int cuMemcpyDtoH_v2(long destination, long source, long bytes);

  static native int cuMemcpyHtoDAsync_v2(long destination, long source, long bytes, long stream);

  static native int cuMemcpyDtoHAsync_v2(long destination, long source, long bytes, long stream);

  static native int cuMemsetD32Async(long destination, int value, long count, long stream);

  static native int cuStreamCreate(long[] stream, int flags);

  static native int cuStreamSynchronize(long stream);

  static native int cuStreamDestroy_v2(long stream);

  static native int cuEventCreate(long[] event, int flags);

  static native int cuEventRecord(long event, long stream);

  static native int cuEventSynchronize(long event);

  static native int cuEventElapsedTime_v2(float[] milliseconds, long start, long end);

  static native int cuEventDestroy_v2(long event);

  static native int cuLaunchKernel(long function, int gridX, int gridY, int gridZ, int blockX, int blockY,
      int blockZ, int sharedMemoryBytes, long stream, long kernelParameters, long extra);
}
