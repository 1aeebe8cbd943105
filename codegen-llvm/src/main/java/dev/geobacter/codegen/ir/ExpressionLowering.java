package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.JavaType;
import dev.geobacter.metadata.proto.ArrayAccess;
import dev.geobacter.metadata.proto.Binary;
import dev.geobacter.metadata.proto.BinaryOp;
import dev.geobacter.metadata.proto.Conditional;
import dev.geobacter.metadata.proto.Convert;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.FieldAccess;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** Lowers expressions to SSA values; operators, assignments and calls have their own classes. */
final class ExpressionLowering {
  private final FunctionScope scope;
  private final AssignmentLowering assignments;
  private final InvokeLowering invokes;

  ExpressionLowering(FunctionScope scope) {
    this.scope = scope;
    this.assignments = new AssignmentLowering(scope, this);
    this.invokes = new InvokeLowering(scope, this);
  }

  /** The value of {@code expr}, or null for a call to a void method. */
  LLVMValueRef lower(Expr expr) {
    return switch (expr.getKindCase()) {
      case LITERAL -> Literals.lower(scope, expr);
      case LOCAL -> new Location.Local(scope, scope.local(expr.getLocal().getSlot(), expr)).load();
      case FIELD -> throw fieldError(expr, expr.getField());
      case ARRAY_ACCESS -> arrayElement(expr, expr.getArrayAccess());
      case ARRAY_LENGTH -> arrayLength(expr);
      case UNARY -> OperatorLowering.unary(scope, expr.getUnary().getOp(), scope.typeOf(expr),
          lower(expr.getUnary().getOperand()));
      case BINARY -> binary(expr, expr.getBinary());
      case CONVERT -> convert(expr, expr.getConvert());
      case CONDITIONAL -> conditional(expr.getConditional());
      case ASSIGN -> assignments.assign(expr.getAssign());
      case COMPOUND_ASSIGN -> assignments.compound(expr, expr.getCompoundAssign());
      case INC_DEC -> assignments.incDec(expr.getIncDec());
      case INVOKE -> invokes.lower(expr, expr.getInvoke());
      case NEW_ARRAY -> throw scope.error(expr, "kernels cannot allocate arrays on a device; allocate the array on "
          + "the host and pass it to the kernel as a parameter");
      case UNSUPPORTED -> throw scope.error(expr, "'" + expr.getUnsupported().getDetail() + "' ("
          + expr.getUnsupported().getKind() + ") cannot be compiled for a device; move it out of the kernel");
      case KIND_NOT_SET -> throw new IllegalStateException("expression without a kind at " + scope.position(expr)
          + ": corrupt sidecar");
    };
  }

  /** A boolean expression as an {@code i1}. */
  LLVMValueRef lowerCondition(Expr expr) {
    return lower(expr);
  }

  private RuntimeException fieldError(Expr expr, FieldAccess field) {
    return scope.error(expr, "kernels cannot read the field " + field.getOwner() + "." + field.getName()
        + " (only constants, which javac folds, are allowed); pass its value as a kernel parameter");
  }

  private LLVMValueRef arrayElement(Expr expr, ArrayAccess access) {
    JavaType arrayType = scope.typeOf(access.getArray());
    assignments.requireArray(access.getArray(), arrayType);
    JavaType.Kind element = JavaType.of(arrayType.descriptor().substring(1)).kind();
    LLVMValueRef array = lower(access.getArray());
    CountedLoop proof = scope.inBoundsProof(expr);
    LLVMValueRef address = proof != null
        ? ArrayElements.addressAtWideIndex(scope, array, proof.wideIndex(access.getIndex()), element)
        : ArrayElements.checkedAddress(scope, array, lower(access.getIndex()), element, scope.position(expr));
    return ArrayElements.load(scope, address, element);
  }

  private LLVMValueRef arrayLength(Expr expr) {
    Expr arrayExpr = expr.getArrayLength().getArray();
    assignments.requireArray(arrayExpr, scope.typeOf(arrayExpr));
    return LLVMBuildExtractValue(scope.builder(), lower(arrayExpr), 1, "length");
  }

  private LLVMValueRef binary(Expr expr, Binary binary) {
    if (binary.getOp() == BinaryOp.COND_AND || binary.getOp() == BinaryOp.COND_OR) {
      return shortCircuit(binary);
    }
    JavaType operandType = scope.typeOf(binary.getLeft());
    if (!operandType.isPrimitive()) {
      throw scope.error(expr, "the operator " + binary.getOp() + " on " + operandType.javaName()
          + " cannot be compiled for a device; kernels compute on primitives only");
    }
    LLVMValueRef left = lower(binary.getLeft());
    LLVMValueRef right = lower(binary.getRight());
    return OperatorLowering.binary(scope, binary.getOp(), operandType, left, right, scope.typeOf(binary.getRight()),
        scope.position(expr));
  }

  private LLVMValueRef shortCircuit(Binary binary) {
    boolean isAnd = binary.getOp() == BinaryOp.COND_AND;
    LLVMBuilderRef builder = scope.builder();
    LLVMValueRef left = lowerCondition(binary.getLeft());
    LLVMBasicBlockRef leftEnd = LLVMGetInsertBlock(builder);
    LLVMBasicBlockRef rightBlock = scope.newBlock(isAnd ? "and.rhs" : "or.rhs");
    LLVMBasicBlockRef end = scope.newBlock(isAnd ? "and.end" : "or.end");
    if (isAnd) LLVMBuildCondBr(builder, left, rightBlock, end);
    else LLVMBuildCondBr(builder, left, end, rightBlock);
    scope.positionAt(rightBlock);
    LLVMValueRef right = lowerCondition(binary.getRight());
    LLVMBasicBlockRef rightEnd = LLVMGetInsertBlock(builder);
    LLVMBuildBr(builder, end);
    scope.positionAt(end);
    LLVMValueRef phi = LLVMBuildPhi(builder, scope.types().i1, "");
    LLVMAddIncoming(phi, LLVMConstInt(scope.types().i1, isAnd ? 0 : 1, 0), leftEnd, 1);
    LLVMAddIncoming(phi, right, rightEnd, 1);
    return phi;
  }

  private LLVMValueRef convert(Expr expr, Convert convert) {
    JavaType from = scope.typeOf(convert.getOperand());
    JavaType to = scope.typeOf(expr);
    return switch (convert.getKind()) {
      case NONE -> lower(convert.getOperand());
      case NARROWING_PRIMITIVE -> NarrowedSquareRoot.floatOperand(scope, convert, to)
          .map(operand -> NarrowedSquareRoot.lower(scope, lower(operand)))
          .orElseGet(() -> Conversions.convert(scope, lower(convert.getOperand()), from, to));
      case WIDENING_PRIMITIVE, WIDENING_AND_NARROWING ->
          Conversions.convert(scope, lower(convert.getOperand()), from, to);
      case REFERENCE -> {
        if (!from.equals(to)) {
          throw scope.error(expr, "the conversion from " + from.javaName() + " to " + to.javaName()
              + " cannot be compiled for a device");
        }
        yield lower(convert.getOperand());
      }
      case BOXING, UNBOXING -> throw scope.error(expr, "boxing and unboxing (" + from.javaName() + " to "
          + to.javaName() + ") cannot be compiled for a device; use primitive types in kernels");
      case UNRECOGNIZED -> throw new IllegalStateException("unknown conversion at " + scope.position(expr)
          + ": corrupt sidecar");
    };
  }

  private LLVMValueRef conditional(Conditional conditional) {
    LLVMBuilderRef builder = scope.builder();
    LLVMValueRef condition = lowerCondition(conditional.getCond());
    LLVMBasicBlockRef thenBlock = scope.newBlock("cond.then");
    LLVMBasicBlockRef elseBlock = scope.newBlock("cond.else");
    LLVMBasicBlockRef end = scope.newBlock("cond.end");
    LLVMBuildCondBr(builder, condition, thenBlock, elseBlock);
    scope.positionAt(thenBlock);
    LLVMValueRef thenValue = lower(conditional.getThenValue());
    LLVMBasicBlockRef thenEnd = LLVMGetInsertBlock(builder);
    LLVMBuildBr(builder, end);
    scope.positionAt(elseBlock);
    LLVMValueRef elseValue = lower(conditional.getElseValue());
    LLVMBasicBlockRef elseEnd = LLVMGetInsertBlock(builder);
    LLVMBuildBr(builder, end);
    scope.positionAt(end);
    LLVMValueRef phi = LLVMBuildPhi(builder, LLVMTypeOf(thenValue), "");
    LLVMAddIncoming(phi, thenValue, thenEnd, 1);
    LLVMAddIncoming(phi, elseValue, elseEnd, 1);
    return phi;
  }
}
