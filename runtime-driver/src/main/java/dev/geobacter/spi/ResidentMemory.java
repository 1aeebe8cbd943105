package dev.geobacter.spi;

/**
 * A {@link BackendDevice}'s copies of Java arrays kept in its memory, made by
 * {@link BackendDevice#keepResident}. The driver checks the arrays and the handle's state; an
 * implementation only copies and frees.
 */
public interface ResidentMemory {
  /** For devices that run kernels in the JVM's memory: there is nothing to copy or free. */
  ResidentMemory SHARED = new ResidentMemory() {
    @Override
    public void upload(Object array) {}

    @Override
    public void download(Object array) {}

    @Override
    public void release() {}
  };

  /** Copies {@code array}, one of the resident arrays, to its device copy, after earlier launches finished. */
  void upload(Object array);

  /** Copies the device copy of {@code array} into it, after earlier launches finished. */
  void download(Object array);

  /**
   * Waits for earlier launches, copies back the arrays launches may have written since their last
   * download and frees the device memory. Called once.
   */
  void release();
}
