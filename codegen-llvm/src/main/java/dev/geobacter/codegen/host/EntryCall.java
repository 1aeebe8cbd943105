package dev.geobacter.codegen.host;

import com.sun.jna.Pointer;

/**
 * One call of a kernel's entry point ({@link HostEntryPoint}) for the groups
 * {@code [firstGroup, endGroup)}: how the arrays' data travel depends on the implementation.
 */
interface EntryCall {
  /**
   * @param arrays one data argument per array parameter, as {@link KernelArguments} made them for
   *     this kind of call
   */
  void call(Pointer block, Pointer launch, int firstGroup, int endGroup, Object[] arrays);

  /** Whether {@link KernelArguments} should pass arrays in place (as heap segments) to this call. */
  boolean inPlace();
}
