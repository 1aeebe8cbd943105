package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.FailureKind;
import dev.geobacter.codegen.SourcePosition;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Checks that stop the kernel: when {@code ok} is false the target records the failure (kind,
 * index, length, source position) and the function returns at once; callers test the target's
 * failure flag after every call, so the whole work-item unwinds without exceptions in IR.
 */
public final class RuntimeChecks {
  private RuntimeChecks() {}

  public static void require(FunctionScope scope, LLVMValueRef ok, FailureKind kind, LLVMValueRef index,
      LLVMValueRef length, SourcePosition position) {
    int site = scope.module().failureSites().register(position);
    LLVMBasicBlockRef fail = scope.newBlock("check.fail");
    LLVMBasicBlockRef pass = scope.newBlock("check.ok");
    LLVMBuildCondBr(scope.builder(), ok, pass, fail);
    scope.positionAt(fail);
    scope.module().target().recordFailure(scope, kind, index, length, site);
    scope.returnZero();
    scope.positionAt(pass);
  }

  /** After a call to a lowered function: leave too if the callee failed. */
  public static void propagateFailure(FunctionScope scope) {
    LLVMBasicBlockRef unwind = scope.newBlock("call.failed");
    LLVMBasicBlockRef pass = scope.newBlock("call.ok");
    LLVMBuildCondBr(scope.builder(), scope.module().target().hasFailed(scope), unwind, pass);
    scope.positionAt(unwind);
    scope.returnZero();
    scope.positionAt(pass);
  }

  /** The {@code i32} zero, for failures without an index or length. */
  public static LLVMValueRef none(FunctionScope scope) {
    return LLVMConstInt(scope.types().i32, 0, 0);
  }
}
