package dev.geobacter;

/**
 * A kernel of 4 parameters: a static void method, named with a method reference in
 * {@link Geobacter#kernelInstance(Kernel4)}. Parameters are primitives or 1-D primitive arrays.
 */
@FunctionalInterface
public interface Kernel4<A, B, C, D> {
  void invoke(A a, B b, C c, D d);
}
