package dev.geobacter.javac;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import dev.geobacter.javac.internal.AttributedTrees;
import dev.geobacter.metadata.proto.MethodRef;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * The argument of {@code Geobacter.kernelInstance(...)}: the kernel method it names, or the
 * diagnostic saying why it names none (GB001-GB005).
 */
final class KernelReference {
  static final String RUNTIME_CLASS = "dev.geobacter.Geobacter";
  static final String KERNEL_INSTANCE = "kernelInstance";

  /** A resolved kernel: the method and how the sidecar and the rewritten call name it. */
  record Target(ExecutableElement method, TypeElement owner, MethodRef ref) {}

  private KernelReference() {}

  /** Whether {@code call} invokes {@code dev.geobacter.Geobacter.kernelInstance}. */
  static boolean isKernelInstanceCall(MethodInvocationTree call) {
    Element element = AttributedTrees.elementOf(call);
    return element instanceof ExecutableElement method
        && method.getSimpleName().contentEquals(KERNEL_INSTANCE)
        && method.getEnclosingElement() instanceof TypeElement owner
        && owner.getQualifiedName().contentEquals(RUNTIME_CLASS);
  }

  /** The kernel the call names, or null after reporting why it names none. */
  static Target resolve(MethodInvocationTree call, CompilationUnitTree unit, Descriptors descriptors,
      PluginDiagnostics diagnostics) {
    if (call.getArguments().size() != 1) return null; // javac has already rejected it
    ExpressionTree argument = call.getArguments().get(0);
    ExpressionTree unwrapped = argument;
    while (unwrapped instanceof ParenthesizedTree parenthesized) unwrapped = parenthesized.getExpression();
    Problem problem = problemWith(unwrapped);
    if (problem == null && AttributedTrees.elementOf(unwrapped) instanceof ExecutableElement method) {
      problem = problemWith(method);
      if (problem == null) return targetOf(method, descriptors);
    }
    if (problem != null) diagnostics.error(problem.error(), problem.message(), argument, unit);
    return null;
  }

  private record Problem(PluginError error, String message) {}

  /** What is wrong with the argument's form, or null for a method reference. */
  private static Problem problemWith(ExpressionTree argument) {
    if (argument instanceof LambdaExpressionTree) {
      return new Problem(PluginError.LAMBDA, "kernelInstance needs a method reference, not a lambda: move the "
          + "lambda's body into a static void method and pass a reference to it, e.g. kernelInstance(MyKernels::add)");
    }
    if (!(argument instanceof MemberReferenceTree reference)) {
      return new Problem(PluginError.NOT_A_METHOD_REFERENCE, "kernelInstance needs a literal method reference "
          + "such as MyKernels::add, so the kernel is known at compile time; a " + describe(argument)
          + " cannot name a kernel");
    }
    if (reference.getMode() == MemberReferenceTree.ReferenceMode.NEW) {
      return new Problem(PluginError.CONSTRUCTOR_REFERENCE, "kernelInstance needs a reference to a static void "
          + "method, not a constructor reference (" + reference.getQualifierExpression() + "::new): write a static "
          + "void method and pass it");
    }
    return null;
  }

  /** What is wrong with the referenced method, or null for a static void method. */
  private static Problem problemWith(ExecutableElement method) {
    String suggested = method.getEnclosingElement().getSimpleName() + "::" + method.getSimpleName();
    if (!method.getModifiers().contains(Modifier.STATIC)) {
      return new Problem(PluginError.INSTANCE_METHOD_REFERENCE, "kernelInstance needs a static method, but "
          + method.getSimpleName() + " is an instance method; declare it static and pass it as " + suggested);
    }
    if (method.getReturnType().getKind() != TypeKind.VOID) {
      return new Problem(PluginError.NOT_VOID, "kernel method " + suggested + " returns " + method.getReturnType()
          + "; kernels return void: declare it void and write results into an array parameter");
    }
    return null;
  }

  private static Target targetOf(ExecutableElement method, Descriptors descriptors) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    MethodRef ref = MethodRef.newBuilder()
        .setOwner(descriptors.binaryName(owner))
        .setName(method.getSimpleName().toString())
        .setDesc(descriptors.ofMethod(method))
        .build();
    return new Target(method, owner, ref);
  }

  private static String describe(ExpressionTree tree) {
    switch (tree.getKind()) {
      case IDENTIFIER: return "variable (" + tree + ")";
      case MEMBER_SELECT: return "field (" + tree + ")";
      case METHOD_INVOCATION: return "method call (" + tree + ")";
      case TYPE_CAST: return "cast (" + tree + ")";
      case CONDITIONAL_EXPRESSION: return "conditional expression";
      default: return tree.getKind().name().toLowerCase().replace('_', ' ');
    }
  }
}
