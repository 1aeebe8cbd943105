package dev.geobacter.driver.respool;

import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.ClassSidecar;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.MethodRef;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed sidecar of one top-level class, indexed by method, with the URL it was read from.
 * {@link #absent} records a class compiled without the plugin (no sidecar resource at all).
 */
final class LoadedSidecar {
  private final String className;
  private final String origin;
  private final String sourceFile;
  private final Map<String, MethodInfo> methods;

  private LoadedSidecar(String className, String origin, String sourceFile, Map<String, MethodInfo> methods) {
    this.className = className;
    this.origin = origin;
    this.sourceFile = sourceFile;
    this.methods = methods;
  }

  static LoadedSidecar of(ClassSidecar sidecar, String origin) {
    Map<String, MethodInfo> methods = new HashMap<>();
    for (MethodInfo method : sidecar.getMethodsList()) {
      // A sidecar speaks only for its own class and its nested classes, never for another class.
      if (!SidecarFormat.topLevelOf(method.getOwner()).equals(sidecar.getBinaryName())) continue;
      methods.putIfAbsent(key(method.getOwner(), method.getName(), method.getDesc()), method);
    }
    return new LoadedSidecar(sidecar.getBinaryName(), origin, sidecar.getSourceFile(), methods);
  }

  static LoadedSidecar absent(String className) {
    return new LoadedSidecar(className, "", "", Map.of());
  }

  boolean isPresent() {
    return !origin.isEmpty();
  }

  String className() {
    return className;
  }

  /** The sidecar's URL, e.g. {@code jar:file:/app/lib.jar!/META-INF/geobacter/lib/Helpers.gbm}. */
  String origin() {
    return origin;
  }

  String sourceFile() {
    return sourceFile;
  }

  Optional<MethodInfo> method(MethodRef ref) {
    return Optional.ofNullable(methods.get(key(ref.getOwner(), ref.getName(), ref.getDesc())));
  }

  private static String key(String owner, String name, String desc) {
    return owner + '.' + name + desc;
  }
}
