package dev.geobacter.codegen.ir;

import dev.geobacter.codegen.WorkItemQuery;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.Invoke;
import org.bytedeco.llvm.LLVM.LLVMValueRef;

/** {@code Gpu.globalId(d)} and friends, and {@code Gpu.barrier()}, delegated to the target. */
final class GpuIntrinsics {
  private GpuIntrinsics() {}

  static LLVMValueRef lower(FunctionScope scope, Expr expr, Invoke invoke) {
    if (invoke.getName().equals("barrier") && invoke.getDesc().equals("()V")) {
      scope.module().target().barrier(scope, scope.position(expr));
      return null;
    }
    WorkItemQuery query = WorkItemQuery.byMethodName(invoke.getName())
        .filter(q -> invoke.getDesc().equals("(I)I"))
        .orElseThrow(() -> scope.error(expr, "Gpu." + invoke.getName() + invoke.getDesc()
            + " is not a work-item intrinsic this code generator knows"));
    Expr dimension = invoke.getArgs(0);
    if (!dimension.hasLiteral() || !dimension.getLiteral().hasIntValue()
        || dimension.getLiteral().getIntValue() < 0 || dimension.getLiteral().getIntValue() > 2) {
      throw scope.error(dimension, "the dimension of Gpu." + invoke.getName() + "(d) must be a constant 0, 1 or 2");
    }
    return scope.module().target().workItem(scope, query, dimension.getLiteral().getIntValue());
  }
}
