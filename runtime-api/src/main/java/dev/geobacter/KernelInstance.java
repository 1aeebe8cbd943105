package dev.geobacter;

import java.util.ArrayList;
import java.util.List;

/**
 * A kernel: the static method the plugin resolved from {@code kernelInstance(X::m)}. {@code K} is
 * the kernel's functional interface ({@code Kernel3<Float, float[], float[]>}), which lets javac
 * check the arguments of {@code Device.launch}. Instances are small immutable values.
 */
public final class KernelInstance<K> {
  private final Class<?> owner;
  private final String name;
  private final String descriptor;

  KernelInstance(Class<?> owner, String name, String descriptor) {
    this.owner = owner;
    this.name = name;
    this.descriptor = descriptor;
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
    return o instanceof KernelInstance<?> k && k.owner == owner && k.name.equals(name) && k.descriptor.equals(descriptor);
  }

  @Override
  public int hashCode() {
    return (owner.getName().hashCode() * 31 + name.hashCode()) * 31 + descriptor.hashCode();
  }

  /** {@code Saxpy.saxpy(F[F[F)V}. */
  @Override
  public String toString() {
    return owner.getName() + "." + name + descriptor;
  }
}
