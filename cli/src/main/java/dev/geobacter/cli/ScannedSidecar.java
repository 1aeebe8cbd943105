package dev.geobacter.cli;

import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.ClassSidecar;

/** One sidecar found in a jar or directory: usable, or why not. */
sealed interface ScannedSidecar {
  /** Where it is inside the jar or directory, e.g. {@code META-INF/geobacter/app/App.gbm}. */
  String resourcePath();

  /** A URL naming the jar or directory and the entry, as the driver names sidecars in its messages. */
  String origin();

  /** The class the path says it describes, e.g. {@code app.App}. */
  default String pathClassName() {
    String path = resourcePath();
    if (path.startsWith(SidecarFormat.RESOURCE_DIR)) path = path.substring(SidecarFormat.RESOURCE_DIR.length());
    if (path.endsWith(SidecarFormat.EXTENSION)) path = path.substring(0, path.length() - SidecarFormat.EXTENSION.length());
    return path.replace('/', '.');
  }

  /** Read, framed, of this schema version, at its class's path, and every method matches its content hash. */
  record Valid(String resourcePath, String origin, ClassSidecar sidecar) implements ScannedSidecar {}

  /** @param reason what is wrong, e.g. {@code corrupt Geobacter sidecar jar:...: checksum mismatch} */
  record Invalid(String resourcePath, String origin, String reason) implements ScannedSidecar {}
}
