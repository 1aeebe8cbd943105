package dev.geobacter.cuda.launch;

import dev.geobacter.Grid;
import dev.geobacter.codegen.FailureSites;
import dev.geobacter.cuda.driver.CudaContext;
import dev.geobacter.cuda.driver.CudaFunction;
import dev.geobacter.cuda.ptx.KernelParameterLayout;
import dev.geobacter.spi.PreparationTimings;
import dev.geobacter.spi.PreparedKernel;
import java.util.BitSet;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A kernel loaded on one GPU, launched from any number of threads: each launch takes an idle
 * {@link LaunchSession} (or makes one) and gives it back, so threads never share a stream or a
 * parameter block, and a thread that launches again reuses its buffers.
 */
public final class CudaKernel implements PreparedKernel {
  private final String name;
  private final CudaContext context;
  private final CudaFunction function;
  private final KernelParameterLayout layout;
  private final BitSet writtenParameters;
  private final FailureSites failureSites;
  private final PreparationTimings timings;
  private final ConcurrentLinkedQueue<LaunchSession> idle = new ConcurrentLinkedQueue<>();

  public CudaKernel(String name, CudaContext context, CudaFunction function, KernelParameterLayout layout,
      BitSet writtenParameters, FailureSites failureSites, PreparationTimings timings) {
    this.name = name;
    this.context = context;
    this.function = function;
    this.layout = layout;
    this.writtenParameters = (BitSet) writtenParameters.clone();
    this.failureSites = failureSites;
    this.timings = timings;
  }

  @Override
  public void launch(Grid grid, Object[] args) {
    if (args.length != layout.parameters().size()) {
      throw new IllegalArgumentException(name + " takes " + layout.parameters().size() + " arguments, " + args.length
          + " were given");
    }
    GridLimits.check(grid, context.device(), name);
    context.makeCurrent();
    LaunchSession session = idle.poll();
    if (session == null) session = new LaunchSession(context, layout);
    try {
      session.launch(function, grid, args, writtenParameters, failureSites);
    } finally {
      idle.offer(session);
    }
  }

  /**
   * The loaded entry function, for callers that manage device memory and launches themselves (the
   * GPU benchmark times the kernel alone); its parameters follow {@link KernelParameterLayout}.
   */
  public CudaFunction function() {
    return function;
  }

  @Override
  public PreparationTimings timings() {
    return timings;
  }

  @Override
  public String toString() {
    return "CUDA kernel " + name + " on cuda:" + context.device().ordinal();
  }
}
