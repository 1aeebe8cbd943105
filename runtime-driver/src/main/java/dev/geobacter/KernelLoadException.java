package dev.geobacter;

/**
 * A kernel's code cannot be loaded: a class without a Geobacter sidecar, a class that cannot be
 * found, or a sidecar that is corrupt, from another schema version or fails its content hash. The
 * message names the class and the jar or directory it came from; for a bad sidecar the cause is
 * the {@link dev.geobacter.metadata.SidecarException}.
 */
public class KernelLoadException extends GeobacterException {
  public KernelLoadException(String message) {
    super(message);
  }

  public KernelLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
