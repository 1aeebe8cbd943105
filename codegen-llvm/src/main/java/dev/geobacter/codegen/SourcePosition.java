package dev.geobacter.codegen;

/**
 * Where something is in the kernel's source: a method and a line (and column when known),
 * written as a stack frame so that IDEs make it a link: {@code Saxpy.saxpy(Saxpy.java:7)}.
 */
public record SourcePosition(String owner, String method, String sourceFile, int line, int column) {

  /** The frame a JVM would print for this position. */
  public StackTraceElement toStackTraceElement() {
    return new StackTraceElement(owner, method, sourceFile.isEmpty() ? null : sourceFile, line > 0 ? line : -1);
  }

  @Override
  public String toString() {
    String simpleOwner = owner.substring(owner.lastIndexOf('.') + 1);
    String file = sourceFile.isEmpty() ? "Unknown Source" : sourceFile;
    String where = line > 0 ? file + ":" + line : file;
    return simpleOwner + "." + method + "(" + where + ")";
  }
}
