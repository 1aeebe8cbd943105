package dev.geobacter.javac;

import dev.geobacter.javac.internal.ClassOutput;
import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.ClassSidecar;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Holds each top-level class's sidecar from its analysis until javac generates the class, then
 * writes it beside the class files. A compilation that fails generates nothing, so it writes no
 * sidecar either.
 */
final class SidecarOutput {
  private final ClassOutput output;
  private final PluginDiagnostics diagnostics;
  private final Map<String, byte[]> held = new HashMap<>();

  SidecarOutput(ClassOutput output, PluginDiagnostics diagnostics) {
    this.output = output;
    this.diagnostics = diagnostics;
  }

  void hold(ClassSidecar sidecar) {
    held.put(sidecar.getBinaryName(), SidecarFormat.write(sidecar));
  }

  /** Writes the sidecar of the top-level class {@code binaryName} if it is still held. */
  void generated(String binaryName) {
    byte[] bytes = held.remove(binaryName);
    if (bytes == null) return;
    String path = SidecarFormat.resourcePath(binaryName);
    try {
      output.write(path, bytes);
    } catch (IOException e) {
      diagnostics.error(PluginError.SIDECAR_NOT_WRITTEN.format("cannot write the Geobacter sidecar " + path
          + " of " + binaryName + ": "
          + e.getMessage() + "; check that the class output directory is writable"));
    }
  }
}
