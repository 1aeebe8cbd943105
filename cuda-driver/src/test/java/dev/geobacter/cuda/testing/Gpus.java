package dev.geobacter.cuda.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.geobacter.cuda.driver.CudaDriver;
import java.util.Optional;

/** Skips a test, with the reason, where there is no usable NVIDIA GPU (no libcuda.so.1, cuInit failing, no device). */
public final class Gpus {
  private Gpus() {}

  /** The initialized driver with at least one GPU, or the test is skipped. */
  public static CudaDriver assumeGpu() {
    Optional<String> problem = CudaDriver.unavailableReason();
    assumeTrue(problem.isEmpty(), () -> "no CUDA GPU here: " + problem.orElse(""));
    CudaDriver driver = CudaDriver.get();
    assumeTrue(!driver.devices().isEmpty(), "the NVIDIA driver reports no GPU");
    return driver;
  }
}
