package dev.geobacter.driver.jvm;

import dev.geobacter.GeobacterException;
import dev.geobacter.Grid;
import dev.geobacter.KernelInstance;
import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.rules.Intrinsics;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.PreparedKernel;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.Executor;

/**
 * A kernel prepared for the jvm device: a method handle to the kernel's static method, looked up
 * once, invoked once per work-item with the launch's arguments.
 */
final class JvmKernel implements PreparedKernel {
  private static final MethodRef BARRIER = MethodRef.newBuilder().setOwner(Intrinsics.GPU).setName("barrier")
      .setDesc("()V").build();
  private static final MethodType SPREAD = MethodType.methodType(void.class, Object[].class);

  private final MethodHandle method;
  private final boolean usesBarrier;
  private final Executor pool;
  private final int parallelism;

  private JvmKernel(MethodHandle method, boolean usesBarrier, Executor pool, int parallelism) {
    this.method = method;
    this.usesBarrier = usesBarrier;
    this.pool = pool;
    this.parallelism = parallelism;
  }

  static JvmKernel prepare(KernelGraph graph, Executor pool, int parallelism) {
    KernelInstance<?> kernel = graph.kernel();
    Class<?> owner = kernel.owner();
    try {
      MethodType type = MethodType.fromMethodDescriptorString(kernel.descriptor(), owner.getClassLoader());
      MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(owner, MethodHandles.lookup());
      MethodHandle handle = lookup.findStatic(owner, kernel.methodName(), type)
          .asSpreader(Object[].class, type.parameterCount())
          .asType(SPREAD);
      return new JvmKernel(handle, graph.calls(BARRIER), pool, parallelism);
    } catch (NoSuchMethodException e) {
      throw new GeobacterException("kernel " + kernel + " does not exist in the loaded class " + owner.getName()
          + ": the class and its Geobacter sidecar disagree; rebuild it", e);
    } catch (IllegalAccessException e) {
      throw new GeobacterException("the jvm device cannot call kernel " + kernel + ": its package "
          + owner.getPackageName() + " must be open to the Geobacter driver (" + e.getMessage() + ")", e);
    } catch (TypeNotPresentException e) {
      throw new GeobacterException("kernel " + kernel + " names a type its class loader cannot load: " + e, e);
    }
  }

  boolean usesBarrier() {
    return usesBarrier;
  }

  @Override
  public void launch(Grid grid, Object[] args) {
    // A statement, not an expression lambda: invokeExact must see the call site type (Object[])void.
    WorkItemRunner invocation = () -> {
      method.invokeExact(args);
    };
    if (usesBarrier) {
      new TeamLaunch(grid, invocation).run(parallelism);
    } else {
      new LoopLaunch(grid, invocation).run(pool, parallelism);
    }
  }
}
