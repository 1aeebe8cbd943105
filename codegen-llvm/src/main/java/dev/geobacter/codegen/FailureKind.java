package dev.geobacter.codegen;

/**
 * Checks that can fail inside a kernel, with the code the generated code records (0 means no
 * failure) and the Java exception the host raises for it.
 */
public enum FailureKind {
  ARRAY_INDEX_OUT_OF_BOUNDS(1),
  DIVISION_BY_ZERO(2);

  private final int code;

  FailureKind(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static FailureKind ofCode(int code) {
    for (FailureKind kind : values()) if (kind.code == code) return kind;
    throw new IllegalArgumentException("no failure kind has code " + code);
  }

  /** The exception the JVM would have thrown, with the JVM's message and the kernel's frame. */
  public RuntimeException toException(int index, int length, SourcePosition position) {
    RuntimeException exception = switch (this) {
      case ARRAY_INDEX_OUT_OF_BOUNDS -> new ArrayIndexOutOfBoundsException(
          "Index " + index + " out of bounds for length " + length + " at " + position);
      case DIVISION_BY_ZERO -> new ArithmeticException("/ by zero at " + position);
    };
    StackTraceElement[] trace = exception.getStackTrace();
    StackTraceElement[] withKernel = new StackTraceElement[trace.length + 1];
    withKernel[0] = position.toStackTraceElement();
    System.arraycopy(trace, 0, withKernel, 1, trace.length);
    exception.setStackTrace(withKernel);
    return exception;
  }
}
