package dev.geobacter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A kernel: the static method the plugin resolved from {@code kernelInstance(X::m)}. {@code K} is
 * the kernel's functional interface ({@code Kernel3<Float, float[], float[]>}), which lets javac
 * check the arguments of {@code Device.launch}. Instances are small immutable values.
 *
 * <p>A kernel also carries its {@link KernelOptions}. {@code kernel.withChecks(false)} names the
 * same method with array and division checks off: keep it in a field to run a kernel unchecked
 * always, or pass it to one {@code launch} only. Two instances are equal when they name the same
 * method with equal options.
 */
public final class KernelInstance<K> {
  private final Class<?> owner;
  private final String name;
  private final String descriptor;
  private final KernelOptions options;

  KernelInstance(Class<?> owner, String name, String descriptor, KernelOptions options) {
    this.owner = owner;
    this.name = name;
    this.descriptor = descriptor;
    this.options = options;
  }

  /** The class that declares the kernel method. */
  public Class<?> owner() {
    return owner;
  }

  public String methodName() {
    return name;
  }

  /** The JVM descriptor of the kernel method, e.g. {@code (F[F[F)V}. */
  public String descriptor() {
    return descriptor;
  }

  /** How devices compile this kernel; {@link KernelOptions#defaults()} unless changed. */
  public KernelOptions options() {
    return options;
  }

  /** The same kernel with {@code options}. */
  public KernelInstance<K> withOptions(KernelOptions options) {
    Objects.requireNonNull(options, "options");
    return options.equals(this.options) ? this : new KernelInstance<>(owner, name, descriptor, options);
  }

  /**
   * The same kernel with array-bounds and integer-division checks on or off (on by default).
   * Unchecked code is faster where the checks cost (loops the compiler cannot prove in bounds), but
   * an out-of-bounds index then reads or corrupts memory instead of throwing. The {@code jvm} device
   * always checks.
   */
  public KernelInstance<K> withChecks(boolean checks) {
    return withOptions(options.withChecks(checks));
  }

  /** Parameter types in declaration order, as JVM descriptors ({@code F}, {@code [F}, ...). */
  public List<String> parameterDescriptors() {
    List<String> out = new ArrayList<>();
    int i = descriptor.indexOf('(') + 1;
    int end = descriptor.indexOf(')');
    if (i != 1 || end < 0) throw new IllegalStateException("malformed kernel descriptor " + descriptor);
    while (i < end) {
      int start = i;
      while (descriptor.charAt(i) == '[') i++;
      if (descriptor.charAt(i) == 'L') i = descriptor.indexOf(';', i);
      i++;
      out.add(descriptor.substring(start, i));
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KernelInstance<?> k && k.owner == owner && k.name.equals(name) && k.descriptor.equals(descriptor)
        && k.options.equals(options);
  }

  @Override
  public int hashCode() {
    return ((owner.getName().hashCode() * 31 + name.hashCode()) * 31 + descriptor.hashCode()) * 31 + options.hashCode();
  }

  /** The method, {@code Saxpy.saxpy(F[F[F)V}, without the options (see {@link #options()}). */
  @Override
  public String toString() {
    return owner.getName() + "." + name + descriptor;
  }
}
