package dev.geobacter.cuda.driver;

/**
 * A CUDA driver call that did not return {@code CUDA_SUCCESS}: which call failed, the
 * {@code CUresult} code, its enum name ({@code CUDA_ERROR_INVALID_PTX}) and the driver's own
 * sentence for it.
 */
public class CudaException extends RuntimeException {
  private final String call;
  private final CudaError error;

  public CudaException(String call, CudaError error) {
    this(call, error, "");
  }

  protected CudaException(String call, CudaError error, String detail) {
    super(call + " failed: " + error + (detail.isEmpty() ? "" : "; " + detail));
    this.call = call;
    this.error = error;
  }

  /** The driver function that failed, with the arguments that identify the request. */
  public String call() {
    return call;
  }

  public CudaError error() {
    return error;
  }

  /** The {@code CUresult} code, e.g. 2 for {@code CUDA_ERROR_OUT_OF_MEMORY}. */
  public int code() {
    return error.code();
  }
}
