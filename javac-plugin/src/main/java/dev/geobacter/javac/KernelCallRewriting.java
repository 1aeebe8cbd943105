package dev.geobacter.javac;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.TreeScanner;
import dev.geobacter.javac.internal.KernelCallRewriter;
import dev.geobacter.metadata.proto.MethodRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds every {@code kernelInstance(X::m)} in a top-level class, reports the ones that name no
 * kernel, and rewrites the others into {@code compiledKernel(X.class, "m", "desc")} constants.
 */
final class KernelCallRewriting {
  private final Descriptors descriptors;
  private final PluginDiagnostics diagnostics;
  private final KernelCallRewriter rewriter;

  KernelCallRewriting(Descriptors descriptors, PluginDiagnostics diagnostics, KernelCallRewriter rewriter) {
    this.descriptors = descriptors;
    this.diagnostics = diagnostics;
    this.rewriter = rewriter;
  }

  /** Rewrites the class's kernel references in place; returns the kernels named, each once, in source order. */
  List<MethodRef> rewrite(ClassTree topLevel, CompilationUnitTree unit) {
    Finder finder = new Finder(unit);
    finder.scan(topLevel, null);
    for (Found found : finder.found) {
      rewriter.rewrite(found.call, found.target.owner(), found.target.method(), found.target.ref().getDesc());
    }
    Set<MethodRef> kernels = new LinkedHashSet<>();
    for (Found found : finder.found) kernels.add(found.target.ref());
    return List.copyOf(kernels);
  }

  private record Found(MethodInvocationTree call, KernelReference.Target target) {}

  /** Collects first and rewrites afterwards, so the scan never walks trees it has just replaced. */
  private final class Finder extends TreeScanner<Void, Void> {
    final CompilationUnitTree unit;
    final List<Found> found = new ArrayList<>();

    Finder(CompilationUnitTree unit) {
      this.unit = unit;
    }

    @Override
    public Void visitMethodInvocation(MethodInvocationTree call, Void unused) {
      super.visitMethodInvocation(call, unused);
      if (KernelReference.isKernelInstanceCall(call)) {
        KernelReference.Target target = KernelReference.resolve(call, unit, descriptors, diagnostics);
        if (target != null) found.add(new Found(call, target));
      }
      return null;
    }
  }
}
