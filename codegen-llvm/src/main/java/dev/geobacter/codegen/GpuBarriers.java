package dev.geobacter.codegen;

import com.google.protobuf.Message;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.MethodInfo;
import java.util.List;

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
    for (Object value : message.getAllFields().values()) {
      if (value instanceof Message child && contains(child)) return true;
      if (value instanceof List<?> list) {
        for (Object item : list) if (item instanceof Message child && contains(child)) return true;
      }
    }
    return false;
  }
}
