package dev.geobacter.cli;

import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.rules.Descriptors;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The valid sidecars of the jars and directories named on the command line, by top-level class.
 * As on a class path, the first one listed wins when two hold the same class.
 */
final class SidecarIndex {
  private final Map<String, ScannedSidecar.Valid> byClass = new LinkedHashMap<>();
  private final Map<String, MethodInfo> methods = new HashMap<>();

  SidecarIndex(List<ScannedSidecar.Valid> sidecars) {
    for (ScannedSidecar.Valid sidecar : sidecars) {
      if (byClass.putIfAbsent(sidecar.sidecar().getBinaryName(), sidecar) != null) continue;
      for (MethodInfo method : sidecar.sidecar().getMethodsList()) {
        methods.putIfAbsent(key(method.getOwner(), method.getName(), method.getDesc()), method);
      }
    }
  }

  /** The sidecar that describes {@code binaryName} (a top-level or nested class), if one was given. */
  Optional<ScannedSidecar.Valid> sidecarOf(String binaryName) {
    return Optional.ofNullable(byClass.get(SidecarFormat.topLevelOf(binaryName)));
  }

  Optional<MethodInfo> method(MethodRef ref) {
    return Optional.ofNullable(methods.get(key(ref.getOwner(), ref.getName(), ref.getDesc())));
  }

  private static String key(String owner, String name, String desc) {
    return Descriptors.jvmForm(Descriptors.methodRef(owner, name, desc));
  }
}
