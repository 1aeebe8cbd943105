package dev.geobacter;

/**
 * A kernel of 8 parameters: a static void method, named with a method reference in
 * {@link Geobacter#kernelInstance(Kernel8)}. Parameters are primitives or 1-D primitive arrays.
 */
@FunctionalInterface
public interface Kernel8<A, B, C, D, E, F, G, H> {
  void invoke(A a, B b, C c, D d, E e, F f, G g, H h);
}
