package dev.geobacter.cuda.driver;

/** The CUDA driver cannot be used here: no library, or {@code cuInit} failed. */
public final class CudaUnavailableException extends RuntimeException {
  public CudaUnavailableException(String reason) {
    super(reason);
  }
}
