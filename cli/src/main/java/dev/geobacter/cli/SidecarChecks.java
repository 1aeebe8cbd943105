package dev.geobacter.cli;

import dev.geobacter.metadata.MethodHashes;
import dev.geobacter.metadata.SidecarException;
import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.ClassSidecar;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.rules.Descriptors;
import java.io.InputStream;

/**
 * Reads one sidecar and checks what the driver would: the framing, checksum and schema version
 * ({@link SidecarFormat#read}), that it sits at the path of the class it describes, that it speaks
 * only for that class and its nested classes, and that every method matches its content hash.
 */
final class SidecarChecks {
  private SidecarChecks() {}

  static ScannedSidecar check(String resourcePath, String origin, InputStream in) {
    ClassSidecar sidecar;
    try {
      sidecar = SidecarFormat.read(in, origin);
    } catch (SidecarException e) {
      return new ScannedSidecar.Invalid(resourcePath, origin, e.getMessage());
    }
    String expectedPath = SidecarFormat.resourcePath(sidecar.getBinaryName());
    if (!expectedPath.equals(resourcePath)) {
      return new ScannedSidecar.Invalid(resourcePath, origin, "it describes class '" + sidecar.getBinaryName()
          + "', whose sidecar belongs at " + expectedPath);
    }
    for (MethodInfo method : sidecar.getMethodsList()) {
      String signature = Descriptors.jvmForm(Descriptors.methodRef(method.getOwner(), method.getName(), method.getDesc()));
      if (!SidecarFormat.topLevelOf(method.getOwner()).equals(sidecar.getBinaryName())) {
        return new ScannedSidecar.Invalid(resourcePath, origin, "it holds method " + signature
            + " of another class; a sidecar describes only its own class and the classes nested in it");
      }
      if (!MethodHashes.verify(method)) {
        return new ScannedSidecar.Invalid(resourcePath, origin, new SidecarException(
            SidecarException.Reason.HASH_MISMATCH, origin, "method " + signature
                + " does not match its recorded content hash").getMessage());
      }
    }
    return new ScannedSidecar.Valid(resourcePath, origin, sidecar);
  }
}
