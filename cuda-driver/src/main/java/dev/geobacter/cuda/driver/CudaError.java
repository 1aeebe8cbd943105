package dev.geobacter.cuda.driver;

/**
 * What a {@code CUresult} means: its code, its enum name as in {@code cuda.h} and the driver's
 * description of it.
 */
public record CudaError(int code, String name, String description) {
  public static final int SUCCESS = 0;
  public static final int INVALID_VALUE = 1;
  public static final int OUT_OF_MEMORY = 2;

  /** {@code CUDA_ERROR_INVALID_PTX (218): a PTX JIT compilation failed}. */
  @Override
  public String toString() {
    return name + " (" + code + "): " + description;
  }
}
