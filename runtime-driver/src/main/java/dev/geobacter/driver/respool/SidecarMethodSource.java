package dev.geobacter.driver.respool;

import dev.geobacter.KernelLoadException;
import dev.geobacter.metadata.MethodHashes;
import dev.geobacter.metadata.SidecarException;
import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.rules.MathSubstitutes;
import dev.geobacter.rules.MethodSource;
import dev.geobacter.rules.Resolution;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds method bodies for one kernel's check, through class loaders: a callee's class is loaded
 * (without initialization) by the loaders of the classes met so far, starting with the kernel's
 * own, and its sidecar is read through the loader that defined it. So a kernel in an application
 * jar reaches helpers in any library jar its loader sees, and each sidecar is read from the jar its
 * class came from. Not thread-safe: one instance per respool.
 */
final class SidecarMethodSource implements MethodSource {
  private final SidecarCache sidecars;
  private final Set<ClassLoader> loaders = new LinkedHashSet<>();
  private final Map<MethodRef, Resolution> resolved = new HashMap<>();
  private boolean unloadableCode;

  SidecarMethodSource(SidecarCache sidecars, Class<?> kernelOwner) {
    this.sidecars = sidecars;
    if (kernelOwner.getClassLoader() != null) loaders.add(kernelOwner.getClassLoader());
  }

  @Override
  public Resolution resolve(MethodRef method) {
    MethodRef key = MethodRef.newBuilder().setOwner(method.getOwner()).setName(method.getName())
        .setDesc(method.getDesc()).build();
    Resolution known = resolved.get(key);
    if (known == null) {
      known = lookUp(key);
      resolved.put(key, known);
    }
    return known;
  }

  /**
   * Whether some called code could not be loaded (a class not found, without a sidecar, or whose
   * sidecar disagrees with it), as opposed to code that loads but breaks a kernel rule.
   */
  boolean sawUnloadableCode() {
    return unloadableCode;
  }

  private Resolution unloadable(String detail) {
    unloadableCode = true;
    return new Resolution.Missing(detail);
  }

  private Resolution lookUp(MethodRef method) {
    String signature = method.getOwner() + "." + method.getName() + method.getDesc();
    Optional<Class<?>> found = loadClass(method.getOwner());
    if (found.isEmpty()) {
      return unloadable("class " + method.getOwner() + " was not found by the class loaders of the "
          + "kernel's classes; put the jar that holds it on the class path");
    }
    Class<?> owner = found.get();
    if (ClassLocations.isJdk(owner)) {
      return new Resolution.Missing("kernels cannot call JDK method " + signature + ": only the intrinsics "
          + "listed in CODING.md (Gpu, Math and a few Integer/Long/Float/Double methods) are available on devices");
    }
    loaders.add(owner.getClassLoader());
    Class<?> topLevel = owner;
    if (!owner.getName().equals(SidecarFormat.topLevelOf(owner.getName()))) {
      Optional<Class<?>> outer = loadClass(SidecarFormat.topLevelOf(owner.getName()));
      if (outer.isEmpty()) {
        return unloadable("the top-level class of " + owner.getName() + " was not found");
      }
      topLevel = outer.get();
    }
    LoadedSidecar sidecar = sidecars.get(topLevel);
    if (!sidecar.isPresent()) return unloadable(Respooler.noSidecarMessage(topLevel));
    Optional<MethodInfo> info = sidecar.method(method);
    if (info.isEmpty()) {
      Resolution resolution = withoutBody(owner, method, sidecar);
      if (resolution instanceof Resolution.Missing) unloadableCode = true;
      return resolution;
    }
    if (!MethodHashes.verify(info.get())) {
      throw SidecarCache.unusable(topLevel, new SidecarException(SidecarException.Reason.HASH_MISMATCH,
          sidecar.origin(), "method " + signature + " does not match its recorded content hash"));
    }
    return new Resolution.Found(info.get(), sidecar.sourceFile(), sidecar.origin());
  }

  /** A method the sidecar does not hold: abstract or native, or the sidecar is older than the class. */
  private static Resolution withoutBody(Class<?> owner, MethodRef method, LoadedSidecar sidecar) {
    try {
      for (Method declared : owner.getDeclaredMethods()) {
        if (!declared.getName().equals(method.getName())) continue;
        String desc = MethodType.methodType(declared.getReturnType(), declared.getParameterTypes())
            .toMethodDescriptorString();
        if (!desc.equals(method.getDesc())) continue;
        if (Modifier.isAbstract(declared.getModifiers()) || Modifier.isNative(declared.getModifiers())) {
          return new Resolution.NoBody((Modifier.isNative(declared.getModifiers()) ? "native" : "abstract")
              + " method " + owner.getName() + "." + method.getName() + method.getDesc());
        }
      }
    } catch (LinkageError e) {
      // fall through: the class does not link, so its sidecar cannot be trusted either
    }
    return new Resolution.Missing("method " + method.getOwner() + "." + method.getName() + method.getDesc()
        + " is not in the Geobacter sidecar " + sidecar.origin() + "; the sidecar and the class disagree, "
        + "rebuild " + ClassLocations.of(owner) + " with -Xplugin:Geobacter");
  }

  private Optional<Class<?>> loadClass(String binaryName) {
    if (binaryName.startsWith(MathSubstitutes.PACKAGE + ".")) {
      // The math library ships with the driver, whatever the kernel's loader sees.
      try {
        return Optional.of(Class.forName(binaryName, false, SidecarMethodSource.class.getClassLoader()));
      } catch (ClassNotFoundException | LinkageError e) {
        // fall back to the kernel's loaders
      }
    }
    for (ClassLoader loader : loaders) {
      try {
        return Optional.of(Class.forName(binaryName, false, loader));
      } catch (ClassNotFoundException | LinkageError e) {
        // try the next loader
      }
    }
    if (loaders.isEmpty()) {
      try {
        return Optional.of(Class.forName(binaryName, false, null));
      } catch (ClassNotFoundException | LinkageError e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
