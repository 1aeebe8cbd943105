package dev.geobacter.cuda.driver;

import com.sun.jna.NativeLibrary;
import java.util.Optional;

/**
 * Loads {@code libcuda.so.1} (the driver's library, by its soname, as the dynamic loader finds
 * it) and binds {@link CudaNative} to it, once per process. A machine without the NVIDIA driver
 * is a normal case, reported by {@link #problem()}, never thrown from class initialization.
 */
public final class CudaLibrary {
  /** The soname of the CUDA driver library. */
  public static final String NAME = "libcuda.so.1";

  private static final Optional<String> PROBLEM = load();

  private CudaLibrary() {}

  /** Why the driver library cannot be used here, or empty once it is bound. */
  public static Optional<String> problem() {
    return PROBLEM;
  }

  public static boolean isLoaded() {
    return PROBLEM.isEmpty();
  }

  private static Optional<String> load() {
    NativeLibrary library;
    try {
      library = NativeLibrary.getInstance(NAME);
    } catch (UnsatisfiedLinkError e) {
      return Optional.of(NAME + " not found (no NVIDIA driver)");
    } catch (LinkageError e) {
      return Optional.of("JNA cannot load its native support library (" + e + ")");
    }
    try {
      CudaNative.bind(library);
    } catch (UnsatisfiedLinkError e) {
      return Optional.of(NAME + " lacks a driver function this binding needs (" + e.getMessage()
          + "); install an NVIDIA driver for CUDA 12.8 or newer (570 or later)");
    }
    return Optional.empty();
  }
}
