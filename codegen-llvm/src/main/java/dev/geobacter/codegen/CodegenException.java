package dev.geobacter.codegen;

/**
 * Kernel code that this code generator cannot compile, reported with the source position of the
 * construct and what to do about it. A failure that is the code generator's own bug is an
 * {@link IllegalStateException} instead.
 */
public final class CodegenException extends RuntimeException {
  private final SourcePosition position;

  public CodegenException(SourcePosition position, String message) {
    super(message + "\n  at " + position);
    this.position = position;
  }

  public SourcePosition position() {
    return position;
  }
}
