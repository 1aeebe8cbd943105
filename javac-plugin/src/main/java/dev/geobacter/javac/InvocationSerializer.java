package dev.geobacter.javac;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import dev.geobacter.javac.internal.AttributedTrees;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.Invoke;
import dev.geobacter.metadata.proto.InvokeKind;
import dev.geobacter.metadata.proto.UnsupportedKind;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;

/** Method calls resolved to declaring class, name, erased descriptor and invocation kind. */
final class InvocationSerializer {
  private final ExpressionSerializer expressions;
  private final MethodScope scope;

  InvocationSerializer(ExpressionSerializer expressions, MethodScope scope) {
    this.expressions = expressions;
    this.scope = scope;
  }

  Expr invocation(MethodInvocationTree tree) {
    Element element = AttributedTrees.elementOf(tree);
    if (!(element instanceof ExecutableElement method)) {
      return expressions.unsupported(tree, UnsupportedKind.OTHER, "unresolved call " + tree.getMethodSelect());
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    String ownerName = scope.descriptors().binaryName(owner);
    if (AttributedTrees.isVarargsCall(tree)) {
      return expressions.unsupported(tree, UnsupportedKind.VARARGS_CALL,
          simpleName(ownerName) + "." + method.getSimpleName() + "(...) with variable arguments");
    }
    boolean isStatic = method.getModifiers().contains(Modifier.STATIC);
    Invoke.Builder invoke = Invoke.newBuilder()
        .setKind(kindOf(tree, method, owner, isStatic))
        .setOwner(ownerName)
        .setName(method.getSimpleName().toString())
        .setDesc(scope.descriptors().ofMethod(method));
    if (!isStatic) invoke.setReceiver(receiver(tree.getMethodSelect(), owner));
    List<? extends TypeMirror> parameters =
        ((ExecutableType) scope.types().erasure(method.asType())).getParameterTypes();
    List<? extends ExpressionTree> arguments = tree.getArguments();
    for (int i = 0; i < arguments.size(); i++) {
      invoke.addArgs(expressions.serializeAs(arguments.get(i), parameters.get(i)));
    }
    return scope.expr(ExpressionSerializer.typeOf(tree)).setInvoke(invoke).build();
  }

  private Expr receiver(ExpressionTree methodSelect, TypeElement owner) {
    if (methodSelect instanceof MemberSelectTree select) return expressions.serialize(select.getExpression());
    String name = methodSelect instanceof IdentifierTree ident ? ident.getName().toString() : "this";
    // an unqualified call, this(...) or super(...): the receiver is the current object
    return UnsupportedNodes.thisReference(scope, owner.asType(), name.equals("super") ? "super" : "this");
  }

  private static InvokeKind kindOf(MethodInvocationTree tree, ExecutableElement method, TypeElement owner,
      boolean isStatic) {
    if (isStatic) return InvokeKind.STATIC;
    if (method.getKind() == ElementKind.CONSTRUCTOR || method.getModifiers().contains(Modifier.PRIVATE)
        || isSuperCall(tree.getMethodSelect())) {
      return InvokeKind.SPECIAL;
    }
    return owner.getKind().isInterface() ? InvokeKind.INTERFACE : InvokeKind.VIRTUAL;
  }

  private static boolean isSuperCall(ExpressionTree methodSelect) {
    return methodSelect instanceof MemberSelectTree select
        && select.getExpression() instanceof IdentifierTree qualifier
        && qualifier.getName().contentEquals("super");
  }

  private static String simpleName(String binaryName) {
    return binaryName.substring(binaryName.lastIndexOf('.') + 1);
  }
}
