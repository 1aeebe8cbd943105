package dev.geobacter;

/**
 * A kernel of 6 parameters: a static void method, named with a method reference in
 * {@link Geobacter#kernelInstance(Kernel6)}. Parameters are primitives or 1-D primitive arrays.
 */
@FunctionalInterface
public interface Kernel6<A, B, C, D, E, F> {
  void invoke(A a, B b, C c, D d, E e, F f);
}
