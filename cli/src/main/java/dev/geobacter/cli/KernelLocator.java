package dev.geobacter.cli;

import dev.geobacter.Geobacter;
import dev.geobacter.KernelInstance;
import dev.geobacter.metadata.SidecarException;
import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.ClassSidecar;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.rules.Descriptors;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns {@code CLASS METHOD [--desc D]} into the kernel the driver would launch: the class is loaded
 * (not initialized) from the given class path, and an unambiguous method name is completed with its
 * descriptor from the class's sidecar.
 */
final class KernelLocator {
  private KernelLocator() {}

  static KernelInstance<?> locate(ClassLoader loader, String className, String methodName, String descriptor)
      throws KernelLookupException {
    Class<?> owner = load(loader, className);
    if (descriptor != null) {
      if (!Descriptors.isMethodDescriptor(descriptor)) {
        throw new KernelLookupException("--desc " + descriptor + " is not a JVM method descriptor such as (F[F[F)V");
      }
      return Geobacter.compiledKernel(owner, methodName, descriptor);
    }
    List<MethodInfo> candidates = sidecarOf(loader, className).getMethodsList().stream()
        .filter(method -> method.getOwner().equals(className)).toList();
    List<MethodInfo> named = candidates.stream().filter(method -> method.getName().equals(methodName)).toList();
    if (named.isEmpty()) {
      throw new KernelLookupException("class " + className + " has no method named " + methodName + " with a body"
          + " in its sidecar; it has: " + describeAll(candidates));
    }
    if (named.size() > 1) {
      throw new KernelLookupException("class " + className + " has " + named.size() + " methods named " + methodName
          + ": " + named.stream().map(method -> method.getName() + method.getDesc()).collect(Collectors.joining(", "))
          + "; choose one with --desc");
    }
    return Geobacter.compiledKernel(owner, methodName, named.get(0).getDesc());
  }

  private static Class<?> load(ClassLoader loader, String className) throws KernelLookupException {
    try {
      return Class.forName(className, false, loader);
    } catch (ClassNotFoundException e) {
      throw new KernelLookupException("class " + className + " is not on the class path given with --cp (use its"
          + " binary name, e.g. pkg.Outer$Nested)");
    } catch (LinkageError e) {
      throw new KernelLookupException("class " + className + " cannot be loaded: " + e);
    }
  }

  private static ClassSidecar sidecarOf(ClassLoader loader, String className) throws KernelLookupException {
    String path = SidecarFormat.resourcePath(SidecarFormat.topLevelOf(className));
    URL url = loader.getResource(path);
    if (url == null) {
      throw new KernelLookupException("class " + className + " has no Geobacter sidecar (" + path + ") on the class"
          + " path: compile it with -Xplugin:Geobacter (see BUILD.md)");
    }
    try (InputStream in = url.openStream()) {
      return SidecarFormat.read(in, url.toString());
    } catch (IOException e) {
      throw new KernelLookupException("cannot read the Geobacter sidecar " + url + ": " + e);
    } catch (SidecarException e) {
      throw new KernelLookupException(e.getMessage());
    }
  }

  private static String describeAll(List<MethodInfo> methods) {
    if (methods.isEmpty()) return "no methods with bodies";
    return methods.stream().map(m -> Descriptors.describe(Descriptors.methodRef(m.getOwner(), m.getName(), m.getDesc())))
        .map(text -> text.substring(text.lastIndexOf('.', text.indexOf('(')) + 1))
        .collect(Collectors.joining(", "));
  }
}
