package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.JavaType;
import dev.geobacter.codegen.JavaType.Kind;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Primitive conversions with Java's meaning (JLS 5.1.2-5.1.4): char zero-extends, the other
 * integers sign-extend, narrowing truncates, and floating-point to integer saturates with NaN
 * giving 0 ({@code llvm.fptosi.sat}); to byte, short or char it goes through int first.
 */
public final class Conversions {
  private Conversions() {}

  public static LLVMValueRef convert(FunctionScope scope, LLVMValueRef value, JavaType from, JavaType to) {
    if (from.equals(to)) return value;
    Kind source = from.kind();
    Kind target = to.kind();
    if (!source.isPrimitive() || !target.isPrimitive() || source == Kind.BOOLEAN || target == Kind.BOOLEAN) {
      throw new IllegalStateException("no primitive conversion from " + from.javaName() + " to " + to.javaName());
    }
    LLVMBuilderRef builder = scope.builder();
    IrTypes types = scope.types();
    LLVMTypeRef targetType = types.primitive(target);
    if (source.isIntegral() && target.isIntegral()) return integerToInteger(builder, value, source, target, targetType);
    if (source.isIntegral()) {
      return source == Kind.CHAR
          ? LLVMBuildUIToFP(builder, value, targetType, "")
          : LLVMBuildSIToFP(builder, value, targetType, "");
    }
    if (target.isFloating()) {
      return source.bits() < target.bits()
          ? LLVMBuildFPExt(builder, value, targetType, "")
          : LLVMBuildFPTrunc(builder, value, targetType, "");
    }
    LLVMTypeRef saturatedType = target == Kind.LONG ? types.i64 : types.i32;
    LLVMValueRef saturated = Intrinsics.call(scope, "llvm.fptosi.sat",
        new LLVMTypeRef[] {saturatedType, LLVMTypeOf(value)}, value);
    return target == Kind.LONG || target == Kind.INT
        ? saturated
        : LLVMBuildTrunc(builder, saturated, targetType, "");
  }

  private static LLVMValueRef integerToInteger(LLVMBuilderRef builder, LLVMValueRef value, Kind source, Kind target,
      LLVMTypeRef targetType) {
    if (source.bits() == target.bits()) return value;
    if (source.bits() > target.bits()) return LLVMBuildTrunc(builder, value, targetType, "");
    return IrTypes.isSigned(source)
        ? LLVMBuildSExt(builder, value, targetType, "")
        : LLVMBuildZExt(builder, value, targetType, "");
  }
}
