package dev.geobacter.cli;

/** What {@code inspect} prints: the typed tree, or the code generator's output at some stage. */
enum Stage {
  /** The typed tree of every method of the kernel's call graph (protobuf text format). */
  TREE,
  /** LLVM IR as lowered from the typed tree, before optimization. */
  IR,
  /** LLVM IR after the optimization pipeline. */
  OPTIMIZED,
  /** The target's assembly. */
  ASM;

  String optionValue() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
