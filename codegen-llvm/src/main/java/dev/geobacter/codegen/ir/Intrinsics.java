package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.Llvm;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** Calls to LLVM intrinsics ({@code llvm.sqrt}, {@code llvm.fptosi.sat}, ...) by name. */
public final class Intrinsics {
  private Intrinsics() {}

  /**
   * Calls the intrinsic {@code name} specialised for {@code overloads} (for example
   * {@code llvm.fptosi.sat} with {@code [i32, float]}) on {@code args}.
   */
  public static LLVMValueRef call(FunctionScope scope, String name, LLVMTypeRef[] overloads, LLVMValueRef... args) {
    return call(scope.module(), scope.builder(), name, overloads, args);
  }

  /** The same, for code built outside a lowered method (a target's entry point). */
  public static LLVMValueRef call(ModuleScope scope, org.bytedeco.llvm.LLVM.LLVMBuilderRef builder, String name,
      LLVMTypeRef[] overloads, LLVMValueRef... args) {
    int id = LLVMLookupIntrinsicID(name, name.length());
    if (id == 0) throw new IllegalStateException("LLVM has no intrinsic named " + name);
    LLVMValueRef declaration = LLVMGetIntrinsicDeclaration(scope.module(), id, Llvm.array(overloads), overloads.length);
    LLVMTypeRef type = LLVMIntrinsicGetType(scope.context(), id, Llvm.array(overloads), overloads.length);
    return LLVMBuildCall2(builder, type, declaration, Llvm.array(args), args.length, "");
  }

  /** An intrinsic overloaded only on the type of its operands and result, like {@code llvm.fabs}. */
  public static LLVMValueRef unary(FunctionScope scope, String name, LLVMValueRef operand) {
    return call(scope, name, new LLVMTypeRef[] {LLVMTypeOf(operand)}, operand);
  }

  public static LLVMValueRef binary(FunctionScope scope, String name, LLVMValueRef left, LLVMValueRef right) {
    return call(scope, name, new LLVMTypeRef[] {LLVMTypeOf(left)}, left, right);
  }
}
