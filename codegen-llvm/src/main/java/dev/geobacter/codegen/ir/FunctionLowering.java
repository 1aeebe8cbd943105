package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.CodegenException;
import dev.geobacter.codegen.JavaType;
import dev.geobacter.codegen.Llvm;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.Param;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;
import org.bytedeco.llvm.LLVM.LLVMBuilderRef;
import org.bytedeco.llvm.LLVM.LLVMTypeRef;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * One method as one LLVM function {@code (ptr frame, params...) -> result}: parameters are
 * stored into stack slots like other locals (mem2reg promotes them), the body is lowered, and
 * blocks left open are closed (a void method returns; code javac proved unreachable traps).
 */
final class FunctionLowering {
  private FunctionLowering() {}

  /** The LLVM type of a method's function; parameters must be primitives or 1-D primitive arrays. */
  static LLVMTypeRef signature(ModuleScope module, MethodInfo method, boolean coroutine) {
    List<LLVMTypeRef> parameters = new ArrayList<>();
    parameters.add(module.types().ptr);
    for (String descriptor : JavaType.parameterDescriptors(method.getDesc())) {
      parameters.add(module.types().value(usable(module, method, JavaType.of(descriptor))));
    }
    JavaType result = usable(module, method, JavaType.of(JavaType.returnDescriptor(method.getDesc())));
    LLVMTypeRef resultType = coroutine ? Coroutines.handleType(module.types()) : module.types().value(result);
    return LLVMFunctionType(resultType, Llvm.array(parameters.toArray(LLVMTypeRef[]::new)),
        parameters.size(), 0);
  }

  private static JavaType usable(ModuleScope module, MethodInfo method, JavaType type) {
    if (type.kind() == JavaType.Kind.REFERENCE) {
      throw new CodegenException(module.program().positionOf(method, method.getLine(), method.getColumn()),
          "the type " + type.javaName() + " in the signature of " + method.getName() + " cannot be compiled for a "
              + "device; kernels and the methods they call take primitives and 1-D primitive arrays");
    }
    return type;
  }

  static void lowerBody(ModuleScope module, MethodInfo method, LLVMValueRef function, boolean coroutine) {
    LLVMBuilderRef builder = LLVMCreateBuilderInContext(module.context());
    try {
      FunctionScope scope = new FunctionScope(module, method, function, builder);
      LLVMBasicBlockRef body = scope.newBlock("body");
      scope.positionAt(body);
      if (coroutine) scope.startCoroutine();
      for (int i = 0; i < method.getParamsCount(); i++) {
        Param param = method.getParams(i);
        FunctionScope.LocalSlot slot = scope.declareLocal(param.getSlot(), scope.type(param.getType()), param.getName());
        LLVMBuildStore(builder, LLVMGetParam(function, i + 1), slot.address());
      }
      new StatementLowering(scope).lower(method.getBody());
      if (!scope.isTerminated()) {
        if (scope.returnType().kind() == JavaType.Kind.VOID) scope.emitReturn(null);
        else LLVMBuildUnreachable(builder);
      }
      if (coroutine) scope.coroutine().end();
      closeOpenBlocks(scope, body);
    } finally {
      LLVMDisposeBuilder(builder);
    }
  }

  private static void closeOpenBlocks(FunctionScope scope, LLVMBasicBlockRef body) {
    scope.positionAt(scope.allocaBlock());
    LLVMBuildBr(scope.builder(), body);
    for (LLVMBasicBlockRef block = LLVMGetFirstBasicBlock(scope.function()); block != null && !block.isNull();
        block = LLVMGetNextBasicBlock(block)) {
      LLVMValueRef terminator = LLVMGetBasicBlockTerminator(block);
      if (terminator == null || terminator.isNull()) {
        scope.positionAt(block);
        LLVMBuildUnreachable(scope.builder());
      }
    }
  }
}
