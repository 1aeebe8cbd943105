package dev.geobacter.javac;

import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.UnaryTree;
import dev.geobacter.metadata.proto.Binary;
import dev.geobacter.metadata.proto.BinaryOp;
import dev.geobacter.metadata.proto.CompoundAssign;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.IncDec;
import dev.geobacter.metadata.proto.Unary;
import dev.geobacter.metadata.proto.UnaryOp;
import dev.geobacter.metadata.proto.UnsupportedKind;
import javax.lang.model.type.TypeMirror;

/**
 * Unary, binary, compound-assignment and increment operators, with the promotions of JLS 15.15-15.26
 * applied to their operands.
 */
final class OperatorSerializer {
  private final ExpressionSerializer expressions;
  private final MethodScope scope;
  private final Conversions conversions;

  OperatorSerializer(ExpressionSerializer expressions, MethodScope scope, Conversions conversions) {
    this.expressions = expressions;
    this.scope = scope;
    this.conversions = conversions;
  }

  Expr binary(BinaryTree tree) {
    BinaryOp op = OperatorKinds.binaryOp(tree.getKind());
    TypeMirror left = ExpressionSerializer.typeOf(tree.getLeftOperand());
    TypeMirror right = ExpressionSerializer.typeOf(tree.getRightOperand());
    TypeMirror result = ExpressionSerializer.typeOf(tree);
    if (op == BinaryOp.ADD && !result.getKind().isPrimitive()) {
      return expressions.unsupported(tree, UnsupportedKind.OTHER, "string concatenation");
    }
    TypeMirror leftOperandType;
    TypeMirror rightOperandType;
    switch (op) {
      case SHL: case SHR: case USHR:
        leftOperandType = conversions.unaryPromotion(left);
        rightOperandType = conversions.unaryPromotion(right);
        result = leftOperandType;
        break;
      case COND_AND: case COND_OR:
        leftOperandType = rightOperandType = result = conversions.booleanType();
        break;
      case EQ: case NE:
        leftOperandType = rightOperandType = equalityType(left, right);
        result = conversions.booleanType();
        break;
      case LT: case LE: case GT: case GE:
        leftOperandType = rightOperandType = conversions.binaryPromotion(left, right);
        result = conversions.booleanType();
        break;
      case AND: case OR: case XOR:
        leftOperandType = rightOperandType = result = conversions.isBoolean(left)
            ? conversions.booleanType() : conversions.binaryPromotion(left, right);
        break;
      default:
        leftOperandType = rightOperandType = result = conversions.binaryPromotion(left, right);
        break;
    }
    Binary.Builder binary = Binary.newBuilder().setOp(op)
        .setLeft(operand(tree.getLeftOperand(), leftOperandType))
        .setRight(operand(tree.getRightOperand(), rightOperandType));
    return scope.expr(result).setBinary(binary).build();
  }

  Expr unary(UnaryTree tree) {
    TypeMirror operandType = ExpressionSerializer.typeOf(tree.getExpression());
    switch (tree.getKind()) {
      case PREFIX_INCREMENT: return incDec(tree, true, true);
      case PREFIX_DECREMENT: return incDec(tree, false, true);
      case POSTFIX_INCREMENT: return incDec(tree, true, false);
      case POSTFIX_DECREMENT: return incDec(tree, false, false);
      case UNARY_PLUS:
        return operand(tree.getExpression(), conversions.unaryPromotion(operandType));
      case UNARY_MINUS: return unaryOp(UnaryOp.NEG, tree, conversions.unaryPromotion(operandType));
      case BITWISE_COMPLEMENT: return unaryOp(UnaryOp.BIT_NOT, tree, conversions.unaryPromotion(operandType));
      case LOGICAL_COMPLEMENT: return unaryOp(UnaryOp.NOT, tree, conversions.booleanType());
      default:
        return expressions.unsupported(tree, UnsupportedKind.OTHER, tree.getKind().name());
    }
  }

  Expr compoundAssignment(CompoundAssignmentTree tree) {
    BinaryOp op = OperatorKinds.compoundOp(tree.getKind());
    TypeMirror targetType = ExpressionSerializer.typeOf(tree.getVariable());
    TypeMirror valueType = ExpressionSerializer.typeOf(tree.getExpression());
    if (op == BinaryOp.ADD && !conversions.unboxedOrSelf(targetType).getKind().isPrimitive()) {
      return expressions.unsupported(tree, UnsupportedKind.OTHER, "string concatenation");
    }
    TypeMirror operationType;
    TypeMirror convertedValueType;
    switch (op) {
      case SHL: case SHR: case USHR:
        operationType = conversions.unaryPromotion(targetType);
        convertedValueType = conversions.unaryPromotion(valueType);
        break;
      case AND: case OR: case XOR:
        operationType = convertedValueType = conversions.isBoolean(targetType)
            ? conversions.booleanType() : conversions.binaryPromotion(targetType, valueType);
        break;
      default:
        operationType = convertedValueType = conversions.binaryPromotion(targetType, valueType);
        break;
    }
    CompoundAssign.Builder compound = CompoundAssign.newBuilder().setOp(op)
        .setTarget(expressions.serialize(tree.getVariable()))
        .setValue(operand(tree.getExpression(), convertedValueType))
        .setOperationType(scope.typeIndex(operationType));
    return scope.expr(targetType).setCompoundAssign(compound).build();
  }

  private Expr incDec(UnaryTree tree, boolean increment, boolean prefix) {
    TypeMirror targetType = ExpressionSerializer.typeOf(tree.getExpression());
    IncDec.Builder incDec = IncDec.newBuilder()
        .setTarget(expressions.serialize(tree.getExpression()))
        .setIncrement(increment)
        .setPrefix(prefix)
        .setOperationType(scope.typeIndex(conversions.unaryPromotion(targetType)));
    return scope.expr(targetType).setIncDec(incDec).build();
  }

  private Expr unaryOp(UnaryOp op, UnaryTree tree, TypeMirror type) {
    Unary.Builder unary = Unary.newBuilder().setOp(op).setOperand(operand(tree.getExpression(), type));
    return scope.expr(type).setUnary(unary).build();
  }

  /** JLS 15.21: numeric equality when both convert to numbers, boolean when both to booleans, else references. */
  private TypeMirror equalityType(TypeMirror left, TypeMirror right) {
    boolean primitiveSide = left.getKind().isPrimitive() || right.getKind().isPrimitive();
    if (primitiveSide && conversions.isNumeric(left) && conversions.isNumeric(right)) {
      return conversions.binaryPromotion(left, right);
    }
    if (primitiveSide && conversions.isBoolean(left) && conversions.isBoolean(right)) {
      return conversions.booleanType();
    }
    return null; // reference equality: operands keep their own types
  }

  /** An operand converted to the operation's type; null keeps its own type (reference equality). */
  private Expr operand(ExpressionTree tree, TypeMirror type) {
    return type == null ? expressions.serialize(tree) : expressions.serializeAs(tree, type);
  }
}
