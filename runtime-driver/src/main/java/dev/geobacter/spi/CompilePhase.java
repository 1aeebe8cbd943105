package dev.geobacter.spi;

/** The phases of preparing a kernel on a compiled device, in the order they run. */
public enum CompilePhase {
  /** Typed trees to the compiler's IR (LLVM IR). */
  LOWERING("IR lowering"),
  /** The optimization pipeline over the IR. */
  OPTIMIZATION("optimization"),
  /** IR to what the device loads: machine code, PTX, a GPU code object. */
  CODEGEN("codegen"),
  /** Linking or loading that code into the device and looking up the entry point. */
  LOAD("load");

  private final String label;

  CompilePhase(String label) {
    this.label = label;
  }

  /** How log lines name the phase. */
  public String label() {
    return label;
  }
}
