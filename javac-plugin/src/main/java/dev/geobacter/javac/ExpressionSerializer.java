package dev.geobacter.javac;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.InstanceOfTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import dev.geobacter.javac.SourcePositions.Position;
import dev.geobacter.javac.internal.AttributedTrees;
import dev.geobacter.metadata.proto.ArrayAccess;
import dev.geobacter.metadata.proto.Assign;
import dev.geobacter.metadata.proto.Conditional;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.NewArray;
import dev.geobacter.metadata.proto.UnsupportedKind;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Expressions to typed Expr nodes: constants folded, conversions explicit. Operators, calls and
 * names have their own serializers; this class dispatches and handles the rest.
 */
final class ExpressionSerializer {
  private final MethodScope scope;
  private final Conversions conversions;
  private final OperatorSerializer operators;
  private final InvocationSerializer invocations;
  private final NameSerializer names;

  ExpressionSerializer(MethodScope scope) {
    this.scope = scope;
    this.conversions = new Conversions(scope);
    this.operators = new OperatorSerializer(this, scope, conversions);
    this.invocations = new InvocationSerializer(this, scope);
    this.names = new NameSerializer(this, scope);
  }

  Conversions conversions() {
    return conversions;
  }

  /** The expression converted to {@code target} (assignment, invocation, return and conditional contexts). */
  Expr serializeAs(ExpressionTree tree, TypeMirror target) {
    return conversions.convert(serialize(tree), typeOf(tree), target);
  }

  /** The expression with its own type. */
  Expr serialize(ExpressionTree tree) {
    Position parent = scope.current();
    scope.enter(tree);
    try {
      Object constant = AttributedTrees.constantValue(tree);
      if (constant != null) {
        return scope.expr(typeOf(tree)).setLiteral(ConstantLiterals.of(constant, typeOf(tree))).build();
      }
      return dispatch(tree);
    } finally {
      scope.exit(parent);
    }
  }

  private Expr dispatch(ExpressionTree tree) {
    switch (tree.getKind()) {
      case PARENTHESIZED:
        return serialize(((ParenthesizedTree) tree).getExpression());
      case NULL_LITERAL:
        return scope.expr(typeOf(tree)).setLiteral(ConstantLiterals.nullLiteral()).build();
      case IDENTIFIER:
        return names.identifier((IdentifierTree) tree);
      case MEMBER_SELECT:
        return names.select((MemberSelectTree) tree);
      case ARRAY_ACCESS:
        return arrayAccess((ArrayAccessTree) tree);
      case METHOD_INVOCATION:
        return invocations.invocation((MethodInvocationTree) tree);
      case NEW_ARRAY:
        return newArray((NewArrayTree) tree);
      case CONDITIONAL_EXPRESSION:
        return conditional((ConditionalExpressionTree) tree);
      case ASSIGNMENT:
        return assignment((AssignmentTree) tree);
      case TYPE_CAST:
        return cast((TypeCastTree) tree);
      case NEW_CLASS:
        return unsupported(tree, UnsupportedKind.OBJECT_ALLOCATION, describeNew((NewClassTree) tree));
      case LAMBDA_EXPRESSION:
        return unsupported(tree, UnsupportedKind.LAMBDA, "lambda expression");
      case MEMBER_REFERENCE:
        return unsupported(tree, UnsupportedKind.METHOD_REFERENCE, describeReference((MemberReferenceTree) tree));
      case INSTANCE_OF:
        return unsupported(tree, UnsupportedKind.INSTANCEOF,
            "instanceof " + ((InstanceOfTree) tree).getType());
      case SWITCH_EXPRESSION:
        return unsupported(tree, UnsupportedKind.SWITCH_EXPRESSION, "switch expression");
      default:
        if (tree instanceof BinaryTree binary) return operators.binary(binary);
        if (tree instanceof UnaryTree unary) return operators.unary(unary);
        if (tree instanceof CompoundAssignmentTree compound) return operators.compoundAssignment(compound);
        return unsupported(tree, UnsupportedKind.OTHER, tree.getKind().name());
    }
  }

  private Expr arrayAccess(ArrayAccessTree tree) {
    Expr array = serialize(tree.getExpression());
    Expr index = serializeAs(tree.getIndex(), conversions.unaryPromotion(typeOf(tree.getIndex())));
    return scope.expr(typeOf(tree)).setArrayAccess(ArrayAccess.newBuilder().setArray(array).setIndex(index)).build();
  }

  private Expr newArray(NewArrayTree tree) {
    TypeMirror type = typeOf(tree);
    NewArray.Builder array = NewArray.newBuilder();
    for (ExpressionTree dimension : tree.getDimensions()) {
      array.addDims(serializeAs(dimension, conversions.unaryPromotion(typeOf(dimension))));
    }
    if (tree.getInitializers() != null) {
      TypeMirror component = type.getKind() == TypeKind.ARRAY ? ((ArrayType) type).getComponentType() : type;
      for (ExpressionTree element : tree.getInitializers()) array.addElements(serializeAs(element, component));
    }
    return scope.expr(type).setNewArray(array).build();
  }

  private Expr conditional(ConditionalExpressionTree tree) {
    TypeMirror type = typeOf(tree);
    Conditional.Builder conditional = Conditional.newBuilder()
        .setCond(serializeAs(tree.getCondition(), conversions.booleanType()))
        .setThenValue(serializeAs(tree.getTrueExpression(), type))
        .setElseValue(serializeAs(tree.getFalseExpression(), type));
    return scope.expr(type).setConditional(conditional).build();
  }

  private Expr assignment(AssignmentTree tree) {
    TypeMirror type = typeOf(tree.getVariable());
    Expr target = serialize(tree.getVariable());
    Expr value = serializeAs(tree.getExpression(), type);
    return scope.expr(type).setAssign(Assign.newBuilder().setTarget(target).setValue(value)).build();
  }

  private Expr cast(TypeCastTree tree) {
    Expr operand = serialize(tree.getExpression());
    Expr converted = conversions.convert(operand, typeOf(tree.getExpression()), typeOf(tree));
    // a cast that changes nothing still marks where the source wrote one; keep the cast's position
    return converted.toBuilder().setLine(scope.current().line()).setColumn(scope.current().column()).build();
  }

  Expr unsupported(ExpressionTree tree, UnsupportedKind kind, String detail) {
    return UnsupportedNodes.expr(scope, typeOf(tree), kind, detail);
  }

  static TypeMirror typeOf(ExpressionTree tree) {
    return AttributedTrees.typeOf(tree);
  }

  private static String describeNew(NewClassTree tree) {
    String type = tree.getIdentifier().toString();
    return "new " + type + (tree.getArguments().isEmpty() ? "()" : "(...)")
        + (tree.getClassBody() == null ? "" : " {...}");
  }

  private static String describeReference(MemberReferenceTree tree) {
    String name = tree.getMode() == MemberReferenceTree.ReferenceMode.NEW ? "new" : tree.getName().toString();
    return tree.getQualifierExpression() + "::" + name;
  }
}
