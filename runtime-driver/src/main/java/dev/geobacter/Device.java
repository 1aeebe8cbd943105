package dev.geobacter;

import dev.geobacter.driver.Driver;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A device that runs kernels: a GPU ({@code "cuda:0"}), the host CPU ({@code "host"}) or the JVM
 * itself ({@code "jvm"}, the reference every other device agrees with). Get one with
 * {@link #best()} or {@link #byName(String)} and close it when done.
 *
 * <p>{@code launch} is overloaded per kernel arity, so javac checks the arguments' types against the
 * kernel's parameters. Java arrays passed to a launch are copied to the device and back: when launch
 * returns they hold the kernel's writes. An exception raised by kernel code (say
 * {@link ArrayIndexOutOfBoundsException}) is thrown by {@code launch} with the kernel's frames in
 * its stack trace, unless a compiled device runs {@code kernel.withChecks(false)}, which leaves out
 * array-bounds and division checks (see {@link KernelOptions}). The first launch of a kernel loads
 * and checks its code (each device then prepares it once per options value); a kernel that breaks
 * the kernel rules throws {@link KernelValidationException}, code that cannot be loaded
 * {@link KernelLoadException}.
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

  /** Releases what this handle holds; called once, by the first {@link #close()}. */
  protected void onClose() {}

  @Override
  public String toString() {
    return "Device[" + name() + (isClosed() ? ", closed]" : "]");
  }

  private void dispatch(KernelInstance<?> kernel, Grid grid, Object... args) {
    Objects.requireNonNull(kernel, "kernel");
    Objects.requireNonNull(grid, "grid");
    if (closed.get()) {
      throw new IllegalStateException("device " + name() + " is closed: get a new one with Device.byName(\"" + name()
          + "\") or Device.best()");
    }
    run(kernel, grid, args);
  }
}
