package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.JavaType;
import dev.geobacter.metadata.proto.ArrayAccess;
import dev.geobacter.metadata.proto.Assign;
import dev.geobacter.metadata.proto.CompoundAssign;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.IncDec;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * {@code =}, {@code op=} and {@code ++}/{@code --} on locals and array elements, following JLS
 * 15.26 and 15.14-15.15: the target's value is converted to the operation type, combined, and
 * narrowed back ({@code byte b; b += 300} wraps), and the expression's value is the new (or, for
 * postfix, the old) value of the target.
 */
final class AssignmentLowering {
  private final FunctionScope scope;
  private final ExpressionLowering expressions;

  AssignmentLowering(FunctionScope scope, ExpressionLowering expressions) {
    this.scope = scope;
    this.expressions = expressions;
  }

  LLVMValueRef assign(Assign assign) {
    Location location = locate(assign.getTarget());
    LLVMValueRef value = expressions.lower(assign.getValue());
    location.store(value);
    return value;
  }

  LLVMValueRef compound(Expr expr, CompoundAssign compound) {
    Location location = locate(compound.getTarget());
    JavaType operationType = scope.type(compound.getOperationType());
    JavaType targetType = location.type();
    requirePrimitive(compound.getTarget(), targetType);
    LLVMValueRef current = Conversions.convert(scope, location.load(), targetType, operationType);
    LLVMValueRef operand = expressions.lower(compound.getValue());
    LLVMValueRef result = OperatorLowering.binary(scope, compound.getOp(), operationType, current, operand,
        scope.typeOf(compound.getValue()), scope.position(expr));
    LLVMValueRef narrowed = Conversions.convert(scope, result, operationType, targetType);
    location.store(narrowed);
    return narrowed;
  }

  LLVMValueRef incDec(IncDec incDec) {
    Location location = locate(incDec.getTarget());
    JavaType operationType = scope.type(incDec.getOperationType());
    JavaType targetType = location.type();
    requirePrimitive(incDec.getTarget(), targetType);
    LLVMBuilderRef builder = scope.builder();
    LLVMValueRef old = location.load();
    LLVMValueRef widened = Conversions.convert(scope, old, targetType, operationType);
    LLVMValueRef updated;
    if (operationType.kind().isFloating()) {
      LLVMValueRef one = LLVMConstReal(scope.valueType(operationType), 1.0);
      updated = incDec.getIncrement() ? LLVMBuildFAdd(builder, widened, one, "") : LLVMBuildFSub(builder, widened, one, "");
    } else {
      LLVMValueRef one = LLVMConstInt(scope.valueType(operationType), 1, 0);
      updated = incDec.getIncrement() ? LLVMBuildAdd(builder, widened, one, "") : LLVMBuildSub(builder, widened, one, "");
    }
    LLVMValueRef narrowed = Conversions.convert(scope, updated, operationType, targetType);
    location.store(narrowed);
    return incDec.getPrefix() ? narrowed : old;
  }

  /** The location an assignment writes: a local or an array element (array and index evaluated now). */
  Location locate(Expr target) {
    return switch (target.getKindCase()) {
      case LOCAL -> new Location.Local(scope, scope.local(target.getLocal().getSlot(), target));
      case ARRAY_ACCESS -> element(target, target.getArrayAccess());
      case FIELD -> throw scope.error(target, "kernels cannot write fields (" + target.getField().getOwner() + "."
          + target.getField().getName() + "); pass an array parameter and write into it instead");
      default -> throw new IllegalStateException(target.getKindCase() + " as an assignment target at "
          + scope.position(target) + ": corrupt sidecar");
    };
  }

  private Location element(Expr target, ArrayAccess access) {
    JavaType arrayType = scope.typeOf(access.getArray());
    requireArray(access.getArray(), arrayType);
    JavaType elementType = JavaType.of(arrayType.descriptor().substring(1));
    LLVMValueRef array = expressions.lower(access.getArray());
    CountedLoop proof = scope.inBoundsProof(target);
    if (proof != null) {
      return Location.Element.proven(scope, elementType,
          ArrayElements.addressAtWideIndex(scope, array, proof.wideIndex(access.getIndex()), elementType.kind()));
    }
    LLVMValueRef index = expressions.lower(access.getIndex());
    return new Location.Element(scope, elementType, array, index, scope.position(target));
  }

  void requireArray(Expr where, JavaType type) {
    if (!type.isArray()) {
      throw scope.error(where, "kernels compiled for a device can only index one-dimensional arrays of primitives, "
          + "not " + type.javaName() + "; flatten it into a 1-D array and compute the index");
    }
  }

  private void requirePrimitive(Expr where, JavaType type) {
    if (!type.isPrimitive()) {
      throw scope.error(where, "compound assignment and ++/-- on " + type.javaName()
          + " cannot be compiled for a device; only primitive variables and array elements can be updated");
    }
  }
}
