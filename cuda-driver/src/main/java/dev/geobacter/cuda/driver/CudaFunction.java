package dev.geobacter.cuda.driver;

/** A kernel of a loaded {@link CudaModule}; valid while the module is open (it keeps it reachable). */
public final class CudaFunction {
  private final long handle;
  private final String name;
  private final CudaModule module;

  CudaFunction(long handle, String name, CudaModule module) {
    this.handle = handle;
    this.name = name;
    this.module = module;
  }

  /** The {@code CUfunction}; throws once the module is closed. */
  long address() {
    if (module.isClosed()) throw new IllegalStateException("kernel " + name + " belongs to " + module);
    return handle;
  }

  public String name() {
    return name;
  }

  public CudaModule module() {
    return module;
  }

  @Override
  public String toString() {
    return "kernel " + name + " of " + module;
  }
}
