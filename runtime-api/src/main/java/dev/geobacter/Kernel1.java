package dev.geobacter;

/**
 * A kernel of 1 parameter: a static void method, named with a method reference in
 * {@link Geobacter#kernelInstance(Kernel1)}. Parameters are primitives or 1-D primitive arrays.
 */
@FunctionalInterface
public interface Kernel1<A> {
  void invoke(A a);
}
