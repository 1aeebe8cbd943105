package dev.geobacter.codegen.ir;

import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** Calls to the C math library's double functions ({@code sin}, {@code pow}, ...) by their C names. */
final class LibmCalls {
  private LibmCalls() {}

  static LLVMValueRef call(FunctionScope scope, String name, List<LLVMValueRef> args) {
    return CLibrary.call(scope, name, scope.types().f64, args.toArray(LLVMValueRef[]::new));
  }
}
