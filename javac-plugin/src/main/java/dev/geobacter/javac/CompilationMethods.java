package dev.geobacter.javac;

import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.rules.MethodSource;
import dev.geobacter.rules.Resolution;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;

/**
 * The kernel checker's view of this compilation: bodies of the methods compiled here, methods
 * declared here without one, and the rule for the rest (other jars are checked when the driver
 * loads them; the JDK offers kernels nothing beyond the checker's intrinsics).
 */
final class CompilationMethods implements MethodSource {
  private static final String[] JDK_PACKAGES = {"java.", "javax.", "jdk.", "sun."};

  private final Map<MethodRef, Resolution> methods = new HashMap<>();
  private final Set<String> compiledTopLevels = new HashSet<>();
  private final Map<String, JavaFileObject> sources = new HashMap<>();

  /** A top-level class of this compilation, known from the moment it is entered. */
  void addCompiledClass(String topLevelBinaryName, JavaFileObject source) {
    compiledTopLevels.add(topLevelBinaryName);
    sources.put(topLevelBinaryName, source);
  }

  void addClass(ClassSerializer.Methods declared, JavaFileObject source) {
    String fileName = fileName(source);
    for (MethodInfo method : declared.withBodies()) {
      methods.put(refOf(method), new Resolution.Found(method, fileName, source.toUri().toString()));
    }
    for (MethodRef method : declared.withoutBodies()) {
      methods.put(method, new Resolution.NoBody("it is abstract, native or an interface method"));
    }
  }

  @Override
  public Resolution resolve(MethodRef method) {
    Resolution known = methods.get(method);
    if (known != null) return known;
    String owner = method.getOwner();
    if (compiledTopLevels.contains(SidecarFormat.topLevelOf(owner))) {
      return new Resolution.NoBody("javac generates it, so it has no source body");
    }
    for (String jdkPackage : JDK_PACKAGES) {
      if (owner.startsWith(jdkPackage)) {
        return new Resolution.Missing(owner + "." + method.getName() + " is a JDK method, which kernel code "
            + "cannot call; kernels can use only the Math and Gpu intrinsics listed in CODING.md");
      }
    }
    return new Resolution.Elsewhere();
  }

  /** The source file a class of this compilation comes from, or null. */
  JavaFileObject sourceOf(String binaryName) {
    return sources.get(SidecarFormat.topLevelOf(binaryName));
  }

  static MethodRef refOf(MethodInfo method) {
    return MethodRef.newBuilder()
        .setOwner(method.getOwner()).setName(method.getName()).setDesc(method.getDesc()).build();
  }

  static String fileName(JavaFileObject source) {
    String path = source.toUri().getPath();
    if (path == null) path = source.getName();
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
