package dev.geobacter;

import dev.geobacter.driver.Driver;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A device that runs kernels: a GPU ({@code "cuda:0"}), the host CPU ({@code "host"}) or the JVM
 * itself ({@code "jvm"}, the reference every other device agrees with). Get one with
 * {@link #best()} or {@link #byName(String)} and close it when done.
 *
 * <p>{@code launch} is overloaded per kernel arity, so javac checks the arguments' types against the
 * kernel's parameters. Java arrays passed to a launch are copied to the device and back (unless
 * {@linkplain #keepResident resident}): when launch returns they hold the kernel's writes. An
 * exception raised by kernel code (say {@link ArrayIndexOutOfBoundsException}) is thrown by {@code launch} with the kernel's frames in
 * its stack trace, unless a compiled device runs {@code kernel.withChecks(false)}, which leaves out
 * array-bounds and division checks (see {@link KernelOptions}). The first launch of a kernel loads
 * and checks its code (each device then prepares it once per options value); a kernel that breaks
 * the kernel rules throws {@link KernelValidationException}, code that cannot be loaded
 * {@link KernelLoadException}.
 *
 * <p><b>Asynchronous launches.</b> {@code launchAsync} takes the same arguments and returns a
 * {@link CompletableFuture} at once; the future completes when the kernel has finished and its
 * arrays hold its writes, or exceptionally with what {@code launch} would have thrown (the
 * kernel's {@link ArrayIndexOutOfBoundsException}, a {@link KernelValidationException}, a device
 * error, a wrong argument). Do not read or write the arrays, nor pass them to another launch,
 * until the future has completed: a GPU copies an array when the launch is queued and copies the
 * results back when it finishes (a launch given an array of an unfinished {@code launchAsync}
 * throws {@link IllegalStateException} on every device when either launch may write it). To chain launches over the same arrays without waiting, keep
 * them resident ({@link #keepResident}): the launches of one thread run in the order they were
 * made, synchronous ones included, on the device copies. A GPU queues the copies and the kernel
 * and returns; the {@code host} and {@code jvm} devices run the launch on a pool thread. The
 * first launch of a kernel still prepares it on the calling thread. Only a {@code null} kernel or
 * grid and a closed device are thrown by {@code launchAsync} itself.
 *
 * <p><b>Resident arrays.</b> {@link #keepResident} keeps arrays in a GPU's memory across launches,
 * so a loop of launches copies nothing; see {@link ResidentArrays}.
 *
 * <p>Devices are thread-safe: any number of threads may launch on one device at once.
 */
public abstract class Device implements AutoCloseable {
  private final AtomicBoolean closed = new AtomicBoolean();

  protected Device() {}

  /** The best device available here: a GPU if there is one, else the host CPU, else the JVM. */
  public static Device best() {
    return Driver.instance().best();
  }

  /**
   * The device named {@code name}, e.g. {@code "jvm"} or {@code "cuda:0"}.
   *
   * @throws IllegalArgumentException if there is none; the message lists the devices available and
   *     why the unavailable backends cannot run here
   */
  public static Device byName(String name) {
    return Driver.instance().byName(Objects.requireNonNull(name, "name"));
  }

  /** Every device available here, best first. */
  public static List<Device> all() {
    return Driver.instance().all();
  }

  /** The name {@link #byName(String)} accepts for this device. */
  public abstract String name();

  /** Runs a kernel of 1 parameter over {@code grid}; returns when it has finished. */
  public final <A> void launch(KernelInstance<Kernel1<A>> kernel, Grid grid, A a) {
    dispatch(kernel, grid, a);
  }

  /** Runs a kernel of 2 parameters over {@code grid}; returns when it has finished. */
  public final <A, B> void launch(KernelInstance<Kernel2<A, B>> kernel, Grid grid, A a, B b) {
    dispatch(kernel, grid, a, b);
  }

  /** Runs a kernel of 3 parameters over {@code grid}; returns when it has finished. */
  public final <A, B, C> void launch(KernelInstance<Kernel3<A, B, C>> kernel, Grid grid, A a, B b, C c) {
    dispatch(kernel, grid, a, b, c);
  }

  /** Runs a kernel of 4 parameters over {@code grid}; returns when it has finished. */
  public final <A, B, C, D> void launch(KernelInstance<Kernel4<A, B, C, D>> kernel, Grid grid, A a, B b, C c, D d) {
    dispatch(kernel, grid, a, b, c, d);
  }

  /** Runs a kernel of 5 parameters over {@code grid}; returns when it has finished. */
  public final <A, B, C, D, E> void launch(KernelInstance<Kernel5<A, B, C, D, E>> kernel, Grid grid, A a, B b, C c, D d, E e) {
    dispatch(kernel, grid, a, b, c, d, e);
  }

  /** Runs a kernel of 6 parameters over {@code grid}; returns when it has finished. */
  public final <A, B, C, D, E, F> void launch(KernelInstance<Kernel6<A, B, C, D, E, F>> kernel, Grid grid, A a, B b, C c, D d, E e, F f) {
    dispatch(kernel, grid, a, b, c, d, e, f);
  }

  /** Runs a kernel of 7 parameters over {@code grid}; returns when it has finished. */
  public final <A, B, C, D, E, F, G> void launch(KernelInstance<Kernel7<A, B, C, D, E, F, G>> kernel, Grid grid, A a, B b, C c, D d, E e, F f, G g) {
    dispatch(kernel, grid, a, b, c, d, e, f, g);
  }

  /** Runs a kernel of 8 parameters over {@code grid}; returns when it has finished. */
  public final <A, B, C, D, E, F, G, H> void launch(KernelInstance<Kernel8<A, B, C, D, E, F, G, H>> kernel, Grid grid, A a, B b, C c, D d, E e, F f, G g, H h) {
    dispatch(kernel, grid, a, b, c, d, e, f, g, h);
  }

  /** Starts a kernel of 1 parameter over {@code grid}; see {@linkplain Device asynchronous launches}. */
  public final <A> CompletableFuture<Void> launchAsync(KernelInstance<Kernel1<A>> kernel, Grid grid, A a) {
    return dispatchAsync(kernel, grid, a);
  }

  /** Starts a kernel of 2 parameters over {@code grid}; see {@linkplain Device asynchronous launches}. */
  public final <A, B> CompletableFuture<Void> launchAsync(KernelInstance<Kernel2<A, B>> kernel, Grid grid, A a, B b) {
    return dispatchAsync(kernel, grid, a, b);
  }

  /** Starts a kernel of 3 parameters over {@code grid}; see {@linkplain Device asynchronous launches}. */
  public final <A, B, C> CompletableFuture<Void> launchAsync(KernelInstance<Kernel3<A, B, C>> kernel, Grid grid, A a, B b, C c) {
    return dispatchAsync(kernel, grid, a, b, c);
  }

  /** Starts a kernel of 4 parameters over {@code grid}; see {@linkplain Device asynchronous launches}. */
  public final <A, B, C, D> CompletableFuture<Void> launchAsync(KernelInstance<Kernel4<A, B, C, D>> kernel, Grid grid, A a, B b, C c, D d) {
    return dispatchAsync(kernel, grid, a, b, c, d);
  }

  /** Starts a kernel of 5 parameters over {@code grid}; see {@linkplain Device asynchronous launches}. */
  public final <A, B, C, D, E> CompletableFuture<Void> launchAsync(KernelInstance<Kernel5<A, B, C, D, E>> kernel, Grid grid, A a, B b, C c, D d, E e) {
    return dispatchAsync(kernel, grid, a, b, c, d, e);
  }

  /** Starts a kernel of 6 parameters over {@code grid}; see {@linkplain Device asynchronous launches}. */
  public final <A, B, C, D, E, F> CompletableFuture<Void> launchAsync(KernelInstance<Kernel6<A, B, C, D, E, F>> kernel, Grid grid, A a, B b, C c, D d, E e, F f) {
    return dispatchAsync(kernel, grid, a, b, c, d, e, f);
  }

  /** Starts a kernel of 7 parameters over {@code grid}; see {@linkplain Device asynchronous launches}. */
  public final <A, B, C, D, E, F, G> CompletableFuture<Void> launchAsync(KernelInstance<Kernel7<A, B, C, D, E, F, G>> kernel, Grid grid, A a, B b, C c, D d, E e, F f, G g) {
    return dispatchAsync(kernel, grid, a, b, c, d, e, f, g);
  }

  /** Starts a kernel of 8 parameters over {@code grid}; see {@linkplain Device asynchronous launches}. */
  public final <A, B, C, D, E, F, G, H> CompletableFuture<Void> launchAsync(KernelInstance<Kernel8<A, B, C, D, E, F, G, H>> kernel, Grid grid, A a, B b, C c, D d, E e, F f, G g, H h) {
    return dispatchAsync(kernel, grid, a, b, c, d, e, f, g, h);
  }

  /**
   * Keeps {@code arrays} in this device's memory until the returned handle is closed: launches on
   * this device then use the device copies and do not copy them (see {@link ResidentArrays}). On
   * devices that run kernels in the JVM's memory ({@code host}, {@code jvm}) the handle does
   * nothing. Use it with try-with-resources:
   *
   * <pre>{@code
   * try (ResidentArrays resident = gpu.keepResident(x, y)) {
   *   for (int step = 0; step < 100; step++) gpu.launch(saxpy, grid, 2f, x, y);
   * } // y holds the result here
   * }</pre>
   *
   * @param arrays one-dimensional primitive arrays, each at most once (an {@code int[][]} passed
   *     alone is taken, as varargs are, as its rows)
   * @throws IllegalArgumentException for anything else
   * @throws IllegalStateException if an array is resident already (here or on another device), or
   *     this handle is closed
   * @throws RuntimeException the device's out-of-memory exception (on a GPU a
   *     {@code DeviceOutOfMemoryException} with the size asked for) when it lacks the memory; then
   *     nothing stays allocated or resident
   */
  public final ResidentArrays keepResident(Object... arrays) {
    Objects.requireNonNull(arrays, "arrays");
    requireOpen();
    return keep(arrays);
  }

  /** Ends this handle: later launches through it throw {@link IllegalStateException}. */
  @Override
  public final void close() {
    if (closed.compareAndSet(false, true)) onClose();
  }

  public final boolean isClosed() {
    return closed.get();
  }

  /** Runs {@code kernel}; {@code args} are still to be checked against its descriptor. */
  protected abstract void run(KernelInstance<?> kernel, Grid grid, Object[] args);

  /**
   * Starts {@code kernel}; everything that goes wrong completes the future exceptionally. The
   * default runs it synchronously on the calling thread.
   */
  protected CompletableFuture<Void> runAsync(KernelInstance<?> kernel, Grid grid, Object[] args) {
    try {
      run(kernel, grid, args);
      return CompletableFuture.completedFuture(null);
    } catch (RuntimeException | Error e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** Makes the handle of {@link #keepResident}; {@code arrays} are still to be checked. The default refuses. */
  protected ResidentArrays keep(Object[] arrays) {
    throw new UnsupportedOperationException("device " + name() + " cannot keep arrays resident");
  }

  /** Releases what this handle holds; called once, by the first {@link #close()}. */
  protected void onClose() {}

  @Override
  public String toString() {
    return "Device[" + name() + (isClosed() ? ", closed]" : "]");
  }

  private void dispatch(KernelInstance<?> kernel, Grid grid, Object... args) {
    Objects.requireNonNull(kernel, "kernel");
    Objects.requireNonNull(grid, "grid");
    requireOpen();
    run(kernel, grid, args);
  }

  private CompletableFuture<Void> dispatchAsync(KernelInstance<?> kernel, Grid grid, Object... args) {
    Objects.requireNonNull(kernel, "kernel");
    Objects.requireNonNull(grid, "grid");
    requireOpen();
    return runAsync(kernel, grid, args);
  }

  private void requireOpen() {
    if (closed.get()) {
      throw new IllegalStateException("device " + name() + " is closed: get a new one with Device.byName(\"" + name()
          + "\") or Device.best()");
    }
  }
}
