package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.JavaType;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.Literal;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** Constants; floating-point ones from their raw bits so NaN payloads and -0.0 stay exact. */
final class Literals {
  private Literals() {}

  static LLVMValueRef lower(FunctionScope scope, Expr expr) {
    Literal literal = expr.getLiteral();
    IrTypes types = scope.types();
    JavaType type = scope.typeOf(expr);
    return switch (literal.getValueCase()) {
      case INT_VALUE -> LLVMConstInt(types.primitive(type.kind()), literal.getIntValue(), 1);
      case LONG_VALUE -> LLVMConstInt(types.i64, literal.getLongValue(), 1);
      case FLOAT_BITS -> LLVMConstBitCast(LLVMConstInt(types.i32, Integer.toUnsignedLong(literal.getFloatBits()), 0),
          types.f32);
      case DOUBLE_BITS -> LLVMConstBitCast(LLVMConstInt(types.i64, literal.getDoubleBits(), 0), types.f64);
      case BOOL_VALUE -> LLVMConstInt(types.i1, literal.getBoolValue() ? 1 : 0, 0);
      case STRING_VALUE -> throw scope.error(expr, "strings cannot be used in kernels compiled for a device");
      case NULL_VALUE -> throw scope.error(expr, "null cannot be used in kernels compiled for a device; "
          + "pass an empty array instead");
      case VALUE_NOT_SET -> throw new IllegalStateException("literal without a value at " + scope.position(expr)
          + ": corrupt sidecar");
    };
  }
}
