package dev.geobacter;

/**
 * A kernel of 7 parameters: a static void method, named with a method reference in
 * {@link Geobacter#kernelInstance(Kernel7)}. Parameters are primitives or 1-D primitive arrays.
 */
@FunctionalInterface
public interface Kernel7<A, B, C, D, E, F, G> {
  void invoke(A a, B b, C c, D d, E e, F f, G g);
}
