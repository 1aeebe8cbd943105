package dev.geobacter;

import java.util.Objects;

/**
 * Names kernels. {@code Geobacter.kernelInstance(Saxpy::saxpy)} is replaced at compile time by the
 * javac plugin ({@code -Xplugin:Geobacter}) with a constant that identifies the static method
 * {@code Saxpy.saxpy}: no lambda and no method handle exist at run time. The argument must be a
 * method reference to a static void method; anything else is a compile-time error.
 *
 * <p>Code compiled without the plugin reaches the bodies below, which throw
 * {@link IllegalStateException} saying how to enable it.
 */
public final class Geobacter {
  private Geobacter() {}

  /** The kernel that {@code method}, a reference to a static void method, names. */
  public static <A> KernelInstance<Kernel1<A>> kernelInstance(Kernel1<A> method) {
    throw notCompiledWithPlugin();
  }

  /** The kernel that {@code method}, a reference to a static void method, names. */
  public static <A, B> KernelInstance<Kernel2<A, B>> kernelInstance(Kernel2<A, B> method) {
    throw notCompiledWithPlugin();
  }

  /** The kernel that {@code method}, a reference to a static void method, names. */
  public static <A, B, C> KernelInstance<Kernel3<A, B, C>> kernelInstance(Kernel3<A, B, C> method) {
    throw notCompiledWithPlugin();
  }

  /** The kernel that {@code method}, a reference to a static void method, names. */
  public static <A, B, C, D> KernelInstance<Kernel4<A, B, C, D>> kernelInstance(Kernel4<A, B, C, D> method) {
    throw notCompiledWithPlugin();
  }

  /** The kernel that {@code method}, a reference to a static void method, names. */
  public static <A, B, C, D, E> KernelInstance<Kernel5<A, B, C, D, E>> kernelInstance(Kernel5<A, B, C, D, E> method) {
    throw notCompiledWithPlugin();
  }

  /** The kernel that {@code method}, a reference to a static void method, names. */
  public static <A, B, C, D, E, F> KernelInstance<Kernel6<A, B, C, D, E, F>> kernelInstance(Kernel6<A, B, C, D, E, F> method) {
    throw notCompiledWithPlugin();
  }

  /** The kernel that {@code method}, a reference to a static void method, names. */
  public static <A, B, C, D, E, F, G> KernelInstance<Kernel7<A, B, C, D, E, F, G>> kernelInstance(Kernel7<A, B, C, D, E, F, G> method) {
    throw notCompiledWithPlugin();
  }

  /** The kernel that {@code method}, a reference to a static void method, names. */
  public static <A, B, C, D, E, F, G, H> KernelInstance<Kernel8<A, B, C, D, E, F, G, H>> kernelInstance(Kernel8<A, B, C, D, E, F, G, H> method) {
    throw notCompiledWithPlugin();
  }

  /**
   * The constant the plugin puts in place of {@code kernelInstance(X::m)}: the class literal of the
   * declaring class, the method's name and its JVM descriptor. Not meant to be called by hand; a
   * wrong name or descriptor is reported when the kernel is first launched. The kernel has
   * {@linkplain KernelOptions#defaults() default options}.
   */
  public static <K> KernelInstance<K> compiledKernel(Class<?> owner, String name, String descriptor) {
    return new KernelInstance<>(Objects.requireNonNull(owner, "owner"), Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(descriptor, "descriptor"), KernelOptions.defaults());
  }

  private static IllegalStateException notCompiledWithPlugin() {
    return new IllegalStateException(
        "Geobacter.kernelInstance(...) reached at run time: this class was compiled without the Geobacter "
            + "javac plugin. Put dev.geobacter:javac-plugin on the annotation processor path and pass "
            + "-Xplugin:Geobacter to javac (see BUILD.md for Maven and Gradle).");
  }
}
