package dev.geobacter.cli;

import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.rules.Descriptors;
import dev.geobacter.rules.MethodSource;
import dev.geobacter.rules.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Method bodies for the kernel checker, from the sidecars given on the command line only. A call
 * into a class none of them describes is {@link Resolution.Elsewhere} (not checked, and recorded
 * so the report can say so), except JDK methods, which kernels can never call. One per kernel.
 */
final class SidecarMethodSource implements MethodSource {
  private final SidecarIndex index;
  private final List<MethodRef> elsewhere = new ArrayList<>();

  SidecarMethodSource(SidecarIndex index) {
    this.index = index;
  }

  @Override
  public Resolution resolve(MethodRef method) {
    Optional<ScannedSidecar.Valid> sidecar = index.sidecarOf(method.getOwner());
    if (sidecar.isEmpty()) {
      if (isJdkClass(method.getOwner())) {
        return new Resolution.Missing("kernels cannot call JDK method " + Descriptors.jvmForm(method) + ": only the "
            + "intrinsics listed in CODING.md (Gpu, Math and a few Integer/Long/Float/Double methods) are available on "
            + "devices");
      }
      elsewhere.add(method);
      return new Resolution.Elsewhere();
    }
    Optional<MethodInfo> info = index.method(method);
    if (info.isEmpty()) {
      return new Resolution.Missing("method " + Descriptors.jvmForm(method) + " is not in the Geobacter sidecar "
          + sidecar.get().origin() + ": it has no body (abstract or native) or the sidecar is older than the class;"
          + " rebuild it with -Xplugin:Geobacter");
    }
    return new Resolution.Found(info.get(), sidecar.get().sidecar().getSourceFile(), sidecar.get().origin());
  }

  /** The methods this check met whose classes none of the given sidecars describe, in order met. */
  List<MethodRef> elsewhere() {
    return List.copyOf(elsewhere);
  }

  private static boolean isJdkClass(String binaryName) {
    try {
      Class.forName(binaryName, false, ClassLoader.getPlatformClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
