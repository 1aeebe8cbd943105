package dev.geobacter.driver.respool;

import dev.geobacter.KernelInstance;
import dev.geobacter.KernelLoadException;
import dev.geobacter.KernelValidationException;
import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.rules.KernelCheck;
import dev.geobacter.rules.KernelRules;
import dev.geobacter.rules.Resolution;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.KernelMethod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds a kernel's call graph from sidecars ("respooling"), starting at its entry method, checks
 * it with the shared kernel rules and hashes it. Thread-safe; the sidecar cache is shared.
 */
public final class Respooler {
  private final SidecarCache sidecars;

  public Respooler(SidecarCache sidecars) {
    this.sidecars = sidecars;
  }

  /**
   * The validated graph of {@code kernel}.
   *
   * @throws KernelLoadException if the kernel's code cannot be loaded: a class not found or without a
   *     sidecar (reported with the call chain that needs it), or a corrupt sidecar
   * @throws KernelValidationException if any reachable code breaks a kernel rule
   */
  public KernelGraph respool(KernelInstance<?> kernel) {
    Class<?> owner = kernel.owner();
    Class<?> topLevel = topLevelClass(owner);
    LoadedSidecar ownSidecar = sidecars.get(topLevel);
    if (!ownSidecar.isPresent()) throw new KernelLoadException(noSidecarMessage(topLevel));
    MethodRef entry = MethodRef.newBuilder().setOwner(owner.getName()).setName(kernel.methodName())
        .setDesc(kernel.descriptor()).build();
    if (ownSidecar.method(entry).isEmpty()) {
      throw new KernelLoadException("kernel " + kernel + " is not in the Geobacter sidecar " + ownSidecar.origin()
          + ": no static method " + kernel.methodName() + kernel.descriptor() + " with a body was compiled into "
          + owner.getName() + "; rebuild it with -Xplugin:Geobacter");
    }
    SidecarMethodSource source = new SidecarMethodSource(sidecars, owner);
    KernelCheck check = KernelRules.check(entry, source);
    if (!check.ok()) {
      if (source.sawUnloadableCode()) {
        throw new KernelLoadException("kernel " + kernel + " calls code that cannot be loaded:\n\n"
            + check.describeFindings());
      }
      throw new KernelValidationException(kernel.toString(), check.findings());
    }
    List<KernelMethod> methods = new ArrayList<>();
    Map<MethodRef, List<MethodRef>> callees = new LinkedHashMap<>();
    for (Resolution.Found found : check.reachable()) {
      KernelMethod method = new KernelMethod(found.method(), found.sourceFile(), found.origin());
      methods.add(method);
      callees.put(method.ref(), CallCollector.callsOf(found.method()));
    }
    if (methods.isEmpty()) {
      throw new KernelLoadException("kernel " + kernel + ": the kernel checker found no body for the entry method");
    }
    return new KernelGraph(kernel, methods, callees, GraphHash.of(methods));
  }

  /** The message for a class compiled without the plugin: which class, where from, what to do. */
  static String noSidecarMessage(Class<?> type) {
    return "class " + type.getName() + " (in " + ClassLocations.of(type) + ") has no Geobacter sidecar: compile "
        + "it with -Xplugin:Geobacter (see BUILD.md)";
  }

  private static Class<?> topLevelClass(Class<?> type) {
    String name = SidecarFormat.topLevelOf(type.getName());
    if (name.equals(type.getName())) return type;
    try {
      return Class.forName(name, false, type.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new KernelLoadException("the top-level class " + name + " of kernel class " + type.getName()
          + " cannot be loaded: " + e, e);
    }
  }
}
