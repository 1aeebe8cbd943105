package dev.geobacter.cuda.driver;

/**
 * What the driver reports about one GPU.
 *
 * @param ordinal the device's index for {@code cuDeviceGet} (and in the name {@code cuda:N})
 * @param handle the {@code CUdevice}
 * @param computeMajor compute capability, e.g. 9 for an H100
 * @param computeMinor e.g. 0 for an H100
 * @param multiprocessors the number of SMs
 */
public record DeviceProperties(int ordinal, int handle, String name, int computeMajor, int computeMinor,
    int multiprocessors, int maxThreadsPerBlock, Extent maxBlock, Extent maxGrid, long totalMemory) {

  /** {@code sm_90} for compute capability 9.0. */
  public String smName() {
    return "sm_" + computeMajor + computeMinor;
  }

  @Override
  public String toString() {
    return "cuda:" + ordinal + " " + name + " (compute capability " + computeMajor + "." + computeMinor + ", "
        + multiprocessors + " SMs, " + totalMemory / (1024 * 1024) + " MiB)";
  }
}
