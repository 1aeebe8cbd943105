package dev.geobacter.codegen.ir;

import static org.bytedeco.llvm.global.LLVM.*;

import dev.geobacter.codegen.GpuBarriers;
import dev.geobacter.codegen.JavaType;
import dev.geobacter.codegen.Llvm;
import dev.geobacter.codegen.MethodKey;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.Invoke;
import dev.geobacter.metadata.proto.InvokeKind;
import java.util.List;
import java.util.Optional;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/**
 * Method calls: {@code Gpu} intrinsics, JDK methods with a known lowering ({@code Math.sqrt},
 * {@code Float.floatToRawIntBits}, ...) and static calls to the other methods of the kernel.
 */
final class InvokeLowering {
  private final FunctionScope scope;
  private final ExpressionLowering expressions;

  InvokeLowering(FunctionScope scope, ExpressionLowering expressions) {
    this.scope = scope;
    this.expressions = expressions;
  }

  /** The call's value, or null when the method is void. */
  LLVMValueRef lower(Expr expr, Invoke invoke) {
    MethodKey key = MethodKey.of(invoke);
    if (invoke.getOwner().equals(GpuBarriers.GPU_CLASS)) return GpuIntrinsics.lower(scope, expr, invoke);
    if (JdkMethods.handles(key)) {
      Optional<MethodKey> substitute = JdkMethods.substitute(scope, key);
      if (substitute.isEmpty()) return JdkMethods.lower(scope, expr, key, lowerArguments(invoke.getArgsList()));
      return callMethod(expr, invoke, substitute.get(), key.owner() + "." + key.name() + " calls its substitute "
          + substitute.get() + " on the " + scope.module().target().name() + " target, which is not in the kernel's"
          + " call graph; put the kernel-math jar on the class path");
    }
    return callMethod(expr, invoke, key, "the method " + key + " has no typed tree in the kernel's call graph and no"
        + " built-in device lowering; compile its class with -Xplugin:Geobacter or call a supported method instead");
  }

  /** A call to the lowered function of {@code key}, a method of the kernel's graph. */
  private LLVMValueRef callMethod(Expr expr, Invoke invoke, MethodKey key, String notInGraph) {
    LLVMValueRef callee = scope.module().function(key);
    if (callee == null) {
      throw scope.error(expr, notInGraph);
    }
    if (invoke.getKind() != InvokeKind.STATIC) {
      throw scope.error(expr, "the instance method " + key + " cannot be called from a kernel; make it static");
    }
    List<LLVMValueRef> arguments = new java.util.ArrayList<>();
    arguments.add(scope.frame());
    arguments.addAll(lowerArguments(invoke.getArgsList()));
    LLVMValueRef call = LLVMBuildCall2(scope.builder(), LLVMGlobalGetValueType(callee), callee,
        Llvm.array(arguments.toArray(LLVMValueRef[]::new)), arguments.size(), "");
    if (scope.module().options().boundsChecks() || scope.module().options().divisionChecks()) {
      RuntimeChecks.propagateFailure(scope);
    }
    return JavaType.of(JavaType.returnDescriptor(key.descriptor())).kind() == JavaType.Kind.VOID ? null : call;
  }

  private List<LLVMValueRef> lowerArguments(List<Expr> args) {
    return args.stream().map(expressions::lower).toList();
  }
}
