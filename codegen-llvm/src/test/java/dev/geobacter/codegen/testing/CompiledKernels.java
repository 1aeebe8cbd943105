package dev.geobacter.codegen.testing;

import dev.geobacter.codegen.KernelProgram;
import dev.geobacter.codegen.MethodKey;
import dev.geobacter.testkit.CompilationResult;
import dev.geobacter.testkit.InProcessJavac;
import dev.geobacter.metadata.proto.ClassSidecar;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.MethodInfo;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One test class of kernels, compiled in process by javac with {@code -Xplugin:Geobacter} (from the
 * test class path, as a user's processor path): its sidecar gives codegen its input, and the
 * compiled class runs the same methods as plain Java for comparison.
 */
public final class CompiledKernels {
  private final String binaryName;
  private final ClassSidecar sidecar;
  private final Class<?> compiledClass;

  private CompiledKernels(String binaryName, ClassSidecar sidecar, Class<?> compiledClass) {
    this.binaryName = binaryName;
    this.sidecar = sidecar;
    this.compiledClass = compiledClass;
  }

  /** Compiles {@code source}, the text of the top-level class {@code binaryName} in the unnamed package. */
  public static CompiledKernels compile(String binaryName, String source) {
    CompilationResult result = new InProcessJavac().source(binaryName + ".java", source).compile().requireSuccess();
    try {
      URLClassLoader loader = result.classLoader(CompiledKernels.class.getClassLoader());
      return new CompiledKernels(binaryName, result.sidecar(binaryName), loader.loadClass(binaryName));
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  public ClassSidecar sidecar() {
    return sidecar;
  }

  public MethodInfo method(String name) {
    List<MethodInfo> found = sidecar.getMethodsList().stream().filter(m -> m.getName().equals(name)).toList();
    if (found.size() != 1) throw new AssertionError("expected one method " + name + ", found " + found.size());
    return found.get(0);
  }

  /** The kernel {@code name} and every method of this class it reaches through static calls. */
  public KernelProgram program(String name) {
    MethodInfo entry = method(name);
    Map<MethodKey, MethodInfo> all = new LinkedHashMap<>();
    for (MethodInfo m : sidecar.getMethodsList()) all.put(MethodKey.of(m), m);
    List<MethodInfo> reachable = new ArrayList<>();
    Deque<MethodInfo> work = new ArrayDeque<>(List.of(entry));
    Set<MethodKey> seen = new java.util.HashSet<>(Set.of(MethodKey.of(entry)));
    while (!work.isEmpty()) {
      MethodInfo method = work.pop();
      reachable.add(method);
      for (MethodKey callee : calls(method)) {
        MethodInfo target = all.get(callee);
        if (target != null && seen.add(callee)) work.push(target);
      }
    }
    return new KernelProgram(entry, reachable, Map.of(binaryName, sidecar.getSourceFile()));
  }

  private static List<MethodKey> calls(MethodInfo method) {
    List<MethodKey> found = new ArrayList<>();
    collect(method.getBody(), found);
    return found;
  }

  /** Walks every message in the tree and collects Invoke targets. */
  private static void collect(com.google.protobuf.Message message, List<MethodKey> found) {
    if (message instanceof Expr expr && expr.hasInvoke()) found.add(MethodKey.of(expr.getInvoke()));
    for (var field : message.getAllFields().entrySet()) {
      Object value = field.getValue();
      if (value instanceof com.google.protobuf.Message child) collect(child, found);
      else if (value instanceof List<?> list) {
        for (Object item : list) if (item instanceof com.google.protobuf.Message child) collect(child, found);
      }
    }
  }

  /** The compiled Java method {@code name} (the only one with that name). */
  public Method javaMethod(String name) {
    List<Method> found = java.util.Arrays.stream(compiledClass.getDeclaredMethods())
        .filter(m -> m.getName().equals(name)).toList();
    if (found.size() != 1) throw new AssertionError("expected one Java method " + name + ", found " + found.size());
    Method method = found.get(0);
    method.setAccessible(true);
    return method;
  }

  /** Calls the static method {@code name} as plain Java, unwrapping what it throws. */
  public Object invokeJava(String name, Object... args) throws Throwable {
    try {
      return javaMethod(name).invoke(null, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

}
