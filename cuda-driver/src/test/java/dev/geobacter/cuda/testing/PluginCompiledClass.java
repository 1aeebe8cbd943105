package dev.geobacter.cuda.testing;

import dev.geobacter.KernelInstance;
import dev.geobacter.codegen.KernelProgram;
import dev.geobacter.codegen.MethodKey;
import dev.geobacter.metadata.MethodHashes;
import dev.geobacter.metadata.SidecarException;
import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.ClassSidecar;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.testkit.CompilationResult;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.KernelMethod;
import dev.geobacter.testkit.InProcessJavac;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A class compiled with {@code -Xplugin:Geobacter} and its sidecar: compiled in process from a
 * source text (testkit's {@code InProcessJavac}), or by the build (the test class path). The
 * sidecar gives the code generator its input; {@link #program} collects a kernel's call graph.
 */
public final class PluginCompiledClass {
  private final String binaryName;
  private final ClassSidecar sidecar;

  private PluginCompiledClass(String binaryName, ClassSidecar sidecar) {
    this.binaryName = binaryName;
    this.sidecar = sidecar;
  }

  /** Compiles {@code source}, the top-level class {@code binaryName} of the unnamed package. */
  public static PluginCompiledClass compile(String binaryName, String source) {
    CompilationResult result = new InProcessJavac().source(binaryName + ".java", source).compile().requireSuccess();
    return new PluginCompiledClass(binaryName, result.sidecar(binaryName));
  }

  /** A class of the test class path that the build compiled with the plugin; its sidecar is read from there. */
  public static PluginCompiledClass onClassPath(Class<?> compiled) {
    String resource = SidecarFormat.resourcePath(compiled.getName());
    try (var in = compiled.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new AssertionError("no sidecar " + resource + ": was " + compiled + " compiled with the plugin?");
      return new PluginCompiledClass(compiled.getName(), SidecarFormat.read(in.readAllBytes(), resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SidecarException e) {
      throw new AssertionError(e);
    }
  }

  /** The only method of this class named {@code name}. */
  public MethodInfo method(String name) {
    List<MethodInfo> found = sidecar.getMethodsList().stream().filter(m -> m.getName().equals(name)).toList();
    if (found.size() != 1) throw new AssertionError("expected one method " + name + ", found " + found.size());
    return found.get(0);
  }

  /** The kernel {@code name} with every method of this class it calls, directly or not. */
  public KernelProgram program(String name) {
    Map<MethodKey, MethodInfo> all = new HashMap<>();
    for (MethodInfo method : sidecar.getMethodsList()) all.put(MethodKey.of(method), method);
    MethodInfo entry = method(name);
    Set<MethodKey> seen = new LinkedHashSet<>(List.of(MethodKey.of(entry)));
    Deque<MethodInfo> work = new ArrayDeque<>(List.of(entry));
    List<MethodInfo> reachable = new ArrayList<>();
    while (!work.isEmpty()) {
      MethodInfo method = work.pop();
      reachable.add(method);
      List<MethodKey> callees = new ArrayList<>();
      collectCalls(method.getBody(), callees);
      for (MethodKey callee : callees) {
        MethodInfo target = all.get(callee);
        if (target != null && seen.add(callee)) work.push(target);
      }
    }
    return new KernelProgram(entry, reachable, Map.of(binaryName, sidecar.getSourceFile()));
  }

  /**
   * The kernel graph the driver would build for {@code kernel} (the method {@code name} of this
   * class): its methods with their source file, hashed by their content.
   */
  public KernelGraph graph(String name, KernelInstance<?> kernel) {
    KernelProgram program = program(name);
    List<KernelMethod> methods = program.methods().stream()
        .map(method -> new KernelMethod(method, sidecar.getSourceFile(), "test class path")).toList();
    byte[] hash = MethodHashes.sha256().digest(program.contentHash().getBytes(StandardCharsets.UTF_8));
    return new KernelGraph(kernel, methods, Map.of(), hash);
  }

  private static void collectCalls(com.google.protobuf.Message message, List<MethodKey> found) {
    if (message instanceof Expr expr && expr.hasInvoke()) found.add(MethodKey.of(expr.getInvoke()));
    for (Object value : message.getAllFields().values()) {
      if (value instanceof com.google.protobuf.Message child) collectCalls(child, found);
      else if (value instanceof List<?> list) {
        for (Object item : list) if (item instanceof com.google.protobuf.Message child) collectCalls(child, found);
      }
    }
  }
}
