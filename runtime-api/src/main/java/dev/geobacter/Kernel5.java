package dev.geobacter;

/**
 * A kernel of 5 parameters: a static void method, named with a method reference in
 * {@link Geobacter#kernelInstance(Kernel5)}. Parameters are primitives or 1-D primitive arrays.
 */
@FunctionalInterface
public interface Kernel5<A, B, C, D, E> {
  void invoke(A a, B b, C c, D d, E e);
}
