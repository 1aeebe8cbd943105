package dev.geobacter.cuda.launch;

import dev.geobacter.Grid;
import dev.geobacter.codegen.FailureSites;
import dev.geobacter.cuda.driver.CudaContext;
import dev.geobacter.cuda.driver.CudaFunction;
import dev.geobacter.cuda.driver.CudaStream;
import dev.geobacter.cuda.ptx.KernelParameterLayout;
import dev.geobacter.spi.PreparationTimings;
import dev.geobacter.spi.PreparedKernel;
import java.util.BitSet;
import java.util.concurrent.CompletableFuture;

/**
 * A kernel loaded on one GPU, launched from any number of threads. Each launch takes an idle
 * {@link LaunchSession} from the kernel's pool (or makes one) and queues its work on the calling
 * thread's stream, so one thread's launches run in order and different threads' overlap. A
 * synchronous launch waits for its session and gives it back; an asynchronous one hands it to the
 * GPU's completion thread, which gives it back once the launch has finished.
 */
public final class CudaKernel implements PreparedKernel {
  private final String name;
  private final DeviceLaunches launches;
  private final CudaContext context;
  private final CudaFunction function;
  private final KernelParameterLayout layout;
  private final BitSet writtenParameters;
  private final FailureSites failureSites;
  private final PreparationTimings timings;
  private final SessionPool sessions;

  public CudaKernel(String name, DeviceLaunches launches, CudaFunction function, KernelParameterLayout layout,
      BitSet writtenParameters, FailureSites failureSites, PreparationTimings timings) {
    this.name = name;
    this.launches = launches;
    this.context = launches.context();
    this.function = function;
    this.layout = layout;
    this.writtenParameters = (BitSet) writtenParameters.clone();
    this.failureSites = failureSites;
    this.timings = timings;
    this.sessions = new SessionPool(context, layout);
  }

  @Override
  public void launch(Grid grid, Object[] args) {
    LaunchSession session = enqueue(grid, args);
    try {
      session.finish(args, failureSites);
    } finally {
      sessions.give(session);
    }
  }

  @Override
  public CompletableFuture<Void> launchAsync(Grid grid, Object[] args) {
    LaunchSession session;
    try {
      session = enqueue(grid, args);
    } catch (RuntimeException | Error e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<Void> future = new CompletableFuture<>();
    launches.completions().submit(() -> {
      try {
        context.makeCurrent();
        session.finish(args, failureSites);
      } finally {
        sessions.give(session);
      }
    }, future);
    return future;
  }

  /** This kernel keeps each thread's launches in order on the thread's stream. */
  @Override
  public boolean usesLaunchOrder() {
    return false;
  }

  /** Takes a session and queues the launch on the calling thread's stream; gives the session back if that fails. */
  private LaunchSession enqueue(Grid grid, Object[] args) {
    if (args.length != layout.parameters().size()) {
      throw new IllegalArgumentException(name + " takes " + layout.parameters().size() + " arguments, " + args.length
          + " were given");
    }
    GridLimits.check(grid, context.device(), name);
    context.makeCurrent();
    CudaStream stream = launches.stream();
    LaunchSession session = sessions.take();
    try {
      session.enqueue(stream, function, grid, args, writtenParameters, launches.residents());
      return session;
    } catch (RuntimeException | Error e) {
      drainQuietly(stream); // work queued before the failure may still use the session's buffers
      sessions.give(session);
      throw e;
    }
  }

  private static void drainQuietly(CudaStream stream) {
    try {
      stream.synchronize();
    } catch (RuntimeException ignored) {
      // the queued work failed as well; the launch's own exception is the one to report
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
