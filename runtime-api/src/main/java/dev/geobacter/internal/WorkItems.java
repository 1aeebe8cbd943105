package dev.geobacter.internal;

/**
 * Binds the calling thread to the work-item it runs, for devices that execute kernels as Java code.
 * Not public API: used by the driver's {@code jvm} device.
 */
public final class WorkItems {
  private static final ThreadLocal<WorkItemContext> CURRENT = new ThreadLocal<>();

  private WorkItems() {}

  public static WorkItemContext current(String intrinsic) {
    WorkItemContext context = CURRENT.get();
    if (context == null) {
      throw new IllegalStateException("Gpu." + intrinsic + "() called outside a kernel launch: Gpu intrinsics "
          + "only have a meaning inside a kernel started with Device.launch(...)");
    }
    return context;
  }

  public static void bind(WorkItemContext context) {
    CURRENT.set(context);
  }

  public static void unbind() {
    CURRENT.remove();
  }
}
