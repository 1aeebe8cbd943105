package dev.geobacter.fuzz.harness;

import dev.geobacter.Device;
import dev.geobacter.Grid;
import dev.geobacter.KernelInstance;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Launches a kernel whose arity is only known at run time, through the public {@code
 * Device.launch} overload of that arity, on a worker thread with a time limit (a device bug could
 * loop forever; the jvm device never does, as generated loops are bounded).
 */
public final class Launcher implements AutoCloseable {
  private final ExecutorService worker = Executors.newCachedThreadPool(task -> {
    Thread thread = new Thread(task, "geobacter-fuzz-launch");
    thread.setDaemon(true);
    return thread;
  });
  private final long timeoutSeconds;

  public Launcher(long timeoutSeconds) {
    this.timeoutSeconds = timeoutSeconds;
  }

  /** Runs {@code kernel} on {@code device} with {@code args} (mutated: arrays receive the results). */
  public Outcome launch(Device device, KernelClass kernel, Grid grid, Object[] args) {
    Future<Throwable> run = worker.submit(() -> {
      try {
        launchNow(device, kernel.kernel(), grid, args);
        return null;
      } catch (Throwable error) {
        return error;
      }
    });
    try {
      Throwable error = run.get(timeoutSeconds, TimeUnit.SECONDS);
      if (error != null) return new Outcome.Threw(device.name(), error, kernelFrame(error, kernel.binaryName()));
      return new Outcome.Completed(device.name(), args);
    } catch (TimeoutException e) {
      run.cancel(true);
      return new Outcome.TimedOut(device.name(), timeoutSeconds);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while launching " + kernel.kernel(), e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the launch task itself failed", e.getCause());
    }
  }

  /**
   * Calls the {@code Device.launch} overload of {@code args.length} parameters on this thread; the
   * kernel's exception is thrown as is.
   */
  public static void launchNow(Device device, KernelInstance<?> kernel, Grid grid, Object[] args) throws Throwable {
    Object[] call = new Object[args.length + 2];
    call[0] = kernel;
    call[1] = grid;
    System.arraycopy(args, 0, call, 2, args.length);
    try {
      overload(args.length).invoke(device, call);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static Method overload(int arity) {
    return Arrays.stream(Device.class.getMethods())
        .filter(m -> m.getName().equals("launch") && m.getParameterCount() == arity + 2
            && m.getParameterTypes()[0] == KernelInstance.class && m.getParameterTypes()[1] == Grid.class
            && Arrays.stream(m.getParameterTypes()).skip(2).allMatch(t -> t == Object.class))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Device has no launch overload for kernels of " + arity
            + " parameters"));
  }

  /** {@code kernel:12}: the innermost frame in the kernel's class. */
  private static String kernelFrame(Throwable error, String binaryName) {
    for (StackTraceElement frame : error.getStackTrace()) {
      if (frame.getClassName().equals(binaryName)) return frame.getMethodName() + ":" + frame.getLineNumber();
    }
    return null;
  }

  @Override
  public void close() {
    worker.shutdownNow();
  }
}
