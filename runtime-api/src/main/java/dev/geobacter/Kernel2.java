package dev.geobacter;

/**
 * A kernel of 2 parameters: a static void method, named with a method reference in
 * {@link Geobacter#kernelInstance(Kernel2)}. Parameters are primitives or 1-D primitive arrays.
 */
@FunctionalInterface
public interface Kernel2<A, B> {
  void invoke(A a, B b);
}
