package dev.geobacter.codegen;

import com.google.protobuf.Message;
import dev.geobacter.metadata.TreeNodes;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.MethodInfo;

/** Finds calls to {@code Gpu.barrier()} in a method's typed tree. */
public final class GpuBarriers {
  /** The binary name of the class of the work-item intrinsics. */
  public static final String GPU_CLASS = "dev.geobacter.Gpu";

  private GpuBarriers() {}

  public static boolean calledIn(MethodInfo method) {
    return contains(method.getBody());
  }

  private static boolean contains(Message message) {
    if (message instanceof Expr expr && expr.hasInvoke() && expr.getInvoke().getOwner().equals(GPU_CLASS)
        && expr.getInvoke().getName().equals("barrier")) {
      return true;
    }
    return TreeNodes.children(message).stream().anyMatch(GpuBarriers::contains);
  }
}
