package dev.geobacter;

/**
 * A kernel of 3 parameters: a static void method, named with a method reference in
 * {@link Geobacter#kernelInstance(Kernel3)}. Parameters are primitives or 1-D primitive arrays.
 */
@FunctionalInterface
public interface Kernel3<A, B, C> {
  void invoke(A a, B b, C c);
}
