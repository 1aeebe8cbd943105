package dev.geobacter.javac;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Trees;
import dev.geobacter.javac.internal.AttributedTrees;
import dev.geobacter.javac.internal.JavacInternals;
import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.ClassSidecar;
import dev.geobacter.metadata.proto.MethodRef;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * The plugin's work in one compilation, driven by javac's events: classes are serialized and their
 * kernel references rewritten when analysed, kernels are checked once every class is analysed, and
 * sidecars are written when their classes are generated.
 */
final class CompilationSession {
  private final Trees trees;
  private final Types types;
  private final JavacInternals internals;
  private final Descriptors descriptors;
  private final PluginDiagnostics diagnostics;
  private final CompilationMethods methods = new CompilationMethods();
  private final KernelChecks checks;
  private final KernelCallRewriting rewriting;
  private final SidecarOutput sidecars;
  private final Set<String> awaitingAnalysis = new HashSet<>();

  CompilationSession(JavacTask task) {
    this.trees = Trees.instance(task);
    this.types = task.getTypes();
    this.internals = JavacInternals.of(task);
    this.descriptors = new Descriptors(types, task.getElements());
    this.diagnostics = new PluginDiagnostics(trees, internals.errors());
    this.checks = new KernelChecks(methods, diagnostics);
    this.rewriting = new KernelCallRewriting(descriptors, diagnostics, internals.kernelCallRewriter());
    this.sidecars = new SidecarOutput(internals.classOutput(), diagnostics);
  }

  PluginDiagnostics diagnostics() {
    return diagnostics;
  }

  /** A compilation unit was entered: its top-level classes are now known and await analysis. */
  void entered(CompilationUnitTree unit) {
    for (Tree declaration : unit.getTypeDecls()) {
      if (declaration instanceof ClassTree && AttributedTrees.elementOf(declaration) instanceof TypeElement type) {
        String name = descriptors.binaryName(type);
        awaitingAnalysis.add(name);
        methods.addCompiledClass(name, unit.getSourceFile());
      }
    }
  }

  /** A top-level class was attributed and flow-analysed (null for package-info and module-info). */
  void analyzed(CompilationUnitTree unit, TypeElement type) {
    if (unit == null || type == null || !isTopLevel(type)) return;
    String name = descriptors.binaryName(type);
    awaitingAnalysis.remove(name);
    methods.addCompiledClass(name, unit.getSourceFile());
    ClassTree tree = trees.getTree(type);
    if (tree != null && !javacReportedErrors()) process(unit, type, tree, name);
    if (awaitingAnalysis.isEmpty()) checkKernels();
  }

  /** javac wrote the class file of {@code type}: its top-level class's sidecar goes beside it. */
  void generated(TypeElement type) {
    if (type != null) sidecars.generated(descriptors.binaryName(topLevelOf(type)));
  }

  /** The compilation ended: check kernels no analysis event released (e.g. after javac stopped early). */
  void finished() {
    checkKernels();
  }

  /**
   * Checks the kernels named so far, unless javac itself reported errors: then some classes were
   * never analysed, and their missing bodies would only add noise to errors the user must fix first.
   */
  private void checkKernels() {
    if (!javacReportedErrors()) checks.run();
  }

  /** Whether javac (not the plugin) has reported errors; after them trees may be left unattributed. */
  private boolean javacReportedErrors() {
    return internals.errorCount() > diagnostics.count();
  }

  private void process(CompilationUnitTree unit, TypeElement type, ClassTree tree, String name) {
    MethodSerializer methodSerializer = new MethodSerializer(descriptors, types, new SourcePositions(trees, unit));
    ClassSerializer.Methods declared = new ClassSerializer(descriptors, methodSerializer).serialize(tree);
    methods.addClass(declared, unit.getSourceFile());
    List<MethodRef> kernels = rewriting.rewrite(tree, unit);
    checks.addKernels(kernels);
    sidecars.hold(ClassSidecar.newBuilder()
        .setSchemaVersion(SidecarFormat.SCHEMA_VERSION)
        .setBinaryName(name)
        .setSourceFile(CompilationMethods.fileName(unit.getSourceFile()))
        .addAllMethods(declared.withBodies())
        .addAllKernels(kernels)
        .build());
  }

  private static boolean isTopLevel(TypeElement type) {
    return type.getEnclosingElement() == null || type.getEnclosingElement().getKind() == ElementKind.PACKAGE
        || type.getEnclosingElement().getKind() == ElementKind.MODULE;
  }

  private static TypeElement topLevelOf(TypeElement type) {
    TypeElement top = type;
    for (Element e = type.getEnclosingElement(); e != null && e.getKind() != ElementKind.PACKAGE
        && e.getKind() != ElementKind.MODULE; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement outer) top = outer;
    }
    return top;
  }
}
