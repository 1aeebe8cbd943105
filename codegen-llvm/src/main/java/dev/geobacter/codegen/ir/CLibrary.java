package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.Llvm;
import java.util.Arrays;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** Calls to C library functions by name, declared on first use with the arguments' types. */
public final class CLibrary {
  private CLibrary() {}

  public static LLVMValueRef call(FunctionScope scope, String name, LLVMTypeRef result, LLVMValueRef... args) {
    return call(scope.module(), scope.builder(), name, result, args);
  }

  public static LLVMValueRef call(ModuleScope scope, LLVMBuilderRef builder, String name, LLVMTypeRef result,
      LLVMValueRef... args) {
    LLVMTypeRef[] parameters = Arrays.stream(args).map(a -> LLVMTypeOf(a)).toArray(LLVMTypeRef[]::new);
    LLVMTypeRef type = LLVMFunctionType(result, Llvm.array(parameters), parameters.length, 0);
    LLVMValueRef function = LLVMGetNamedFunction(scope.module(), name);
    if (function == null || function.isNull()) function = LLVMAddFunction(scope.module(), name, type);
    return LLVMBuildCall2(builder, type, function, Llvm.array(args), args.length, "");
  }
}
