package dev.geobacter.javac;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import dev.geobacter.javac.internal.AttributedTrees;
import dev.geobacter.metadata.proto.ArrayLength;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.FieldAccess;
import dev.geobacter.metadata.proto.Local;
import dev.geobacter.metadata.proto.UnsupportedKind;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Names and selections: locals, fields, {@code array.length}, {@code this}. */
final class NameSerializer {
  private final ExpressionSerializer expressions;
  private final MethodScope scope;

  NameSerializer(ExpressionSerializer expressions, MethodScope scope) {
    this.expressions = expressions;
    this.scope = scope;
  }

  Expr identifier(IdentifierTree tree) {
    Element element = AttributedTrees.elementOf(tree);
    TypeMirror type = ExpressionSerializer.typeOf(tree);
    if (element == null) {
      return expressions.unsupported(tree, UnsupportedKind.OTHER, "unresolved name " + tree.getName());
    }
    if (isThisOrSuper(element)) return UnsupportedNodes.thisReference(scope, type, element.getSimpleName().toString());
    switch (element.getKind()) {
      case LOCAL_VARIABLE:
      case PARAMETER:
      case EXCEPTION_PARAMETER:
      case RESOURCE_VARIABLE:
        return local(tree, element, type);
      case FIELD:
      case ENUM_CONSTANT:
        return field((VariableElement) element, type, null);
      default:
        // binding variables of patterns and anything a later JDK adds: declared in code not recorded
        return expressions.unsupported(tree, UnsupportedKind.OTHER,
            element.getKind().name().toLowerCase() + " " + tree.getName());
    }
  }

  Expr select(MemberSelectTree tree) {
    Element element = AttributedTrees.elementOf(tree);
    TypeMirror type = ExpressionSerializer.typeOf(tree);
    ExpressionTree qualifier = tree.getExpression();
    String name = tree.getIdentifier().toString();
    if (element == null) return expressions.unsupported(tree, UnsupportedKind.OTHER, "unresolved name " + name);
    if (isThisOrSuper(element)) return UnsupportedNodes.thisReference(scope, type, qualifier + "." + name);
    if (name.equals("length") && isArray(ExpressionSerializer.typeOf(qualifier))
        && element.getKind() == ElementKind.FIELD) {
      Expr array = expressions.serialize(qualifier);
      return scope.expr(type).setArrayLength(ArrayLength.newBuilder().setArray(array)).build();
    }
    switch (element.getKind()) {
      case FIELD:
      case ENUM_CONSTANT: {
        VariableElement field = (VariableElement) element;
        Expr receiver = field.getModifiers().contains(Modifier.STATIC) ? null : expressions.serialize(qualifier);
        return field(field, type, receiver);
      }
      default:
        return expressions.unsupported(tree, UnsupportedKind.OTHER, "class literal or name " + tree);
    }
  }

  private Expr local(IdentifierTree tree, Element element, TypeMirror type) {
    Integer slot = scope.slotOf(element);
    if (slot == null) {
      // captured by a local or anonymous class from its enclosing method, or declared in code not recorded
      return expressions.unsupported(tree, UnsupportedKind.OTHER,
          "variable " + tree.getName() + " from an enclosing scope");
    }
    return scope.expr(type).setLocal(Local.newBuilder().setSlot(slot)).build();
  }

  private Expr field(VariableElement field, TypeMirror type, Expr receiver) {
    TypeElement owner = (TypeElement) field.getEnclosingElement();
    boolean isStatic = field.getModifiers().contains(Modifier.STATIC);
    if (!isStatic && receiver == null) receiver = UnsupportedNodes.thisReference(scope, owner.asType(), "this");
    FieldAccess.Builder access = FieldAccess.newBuilder()
        .setOwner(scope.descriptors().binaryName(owner))
        .setName(field.getSimpleName().toString())
        .setDesc(scope.descriptors().of(field.asType()))
        .setIsStatic(isStatic);
    if (receiver != null) access.setReceiver(receiver);
    return scope.expr(type).setField(access).build();
  }

  private static boolean isThisOrSuper(Element element) {
    String name = element.getSimpleName().toString();
    return element.getKind() == ElementKind.FIELD && (name.equals("this") || name.equals("super"));
  }

  private static boolean isArray(TypeMirror type) {
    return type != null && type.getKind() == TypeKind.ARRAY;
  }
}
