package dev.geobacter.javac;

import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.rules.Finding;
import dev.geobacter.rules.KernelRules;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/**
 * Runs the shared kernel checker over every kernel this compilation names, once all classes are
 * analysed, and reports each finding as a javac error at its line and column. A finding reached
 * from several kernels is reported once.
 */
final class KernelChecks {
  private final CompilationMethods methods;
  private final PluginDiagnostics diagnostics;
  private final Set<MethodRef> kernels = new LinkedHashSet<>();
  private final Set<String> reported = new HashSet<>();

  KernelChecks(CompilationMethods methods, PluginDiagnostics diagnostics) {
    this.methods = methods;
    this.diagnostics = diagnostics;
  }

  void addKernels(List<MethodRef> named) {
    kernels.addAll(named);
  }

  /** Checks the kernels added since the last run. */
  void run() {
    List<MethodRef> toCheck = List.copyOf(kernels);
    kernels.clear();
    for (MethodRef kernel : toCheck) {
      for (Finding finding : KernelRules.check(kernel, methods).findings()) report(finding);
    }
  }

  private void report(Finding finding) {
    String key = finding.rule().id() + " " + finding.method() + " " + finding.line() + ":" + finding.column()
        + " " + finding.message();
    if (!reported.add(key)) return;
    String message = finding.headline() + " (" + reachedFrom(finding.chain()) + ")";
    JavaFileObject source = methods.sourceOf(finding.method().getOwner());
    if (source == null) {
      diagnostics.error(message + " at " + finding.location());
    } else {
      diagnostics.error(message, source, finding.line(), finding.column());
    }
  }

  /** {@code in kernel app.K.fill} or {@code reached from kernel app.K.fill via app.K.helper}. */
  static String reachedFrom(List<MethodRef> chain) {
    if (chain.isEmpty()) return "in a kernel";
    String kernel = "kernel " + qualifiedName(chain.get(0));
    if (chain.size() == 1) return "in " + kernel;
    return "reached from " + kernel + " via "
        + chain.subList(1, chain.size()).stream().map(KernelChecks::qualifiedName).collect(Collectors.joining(" -> "));
  }

  private static String qualifiedName(MethodRef method) {
    return method.getOwner() + "." + method.getName();
  }
}
