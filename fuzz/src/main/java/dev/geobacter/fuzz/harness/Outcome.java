package dev.geobacter.fuzz.harness;

/**
 * What one launch on one device did: it completed (the arguments then hold the results), or it
 * threw. A throw is either the kernel's own exception (say {@link ArithmeticException}) or the
 * device failing to take the kernel at all; both are compared with the oracle's.
 */
public sealed interface Outcome {
  String device();

  record Completed(String device, Object[] arguments) implements Outcome {}

  /** {@code frame}: the first stack frame in the kernel's class ({@code kernel:12}), or null if none. */
  record Threw(String device, Throwable error, String frame) implements Outcome {
    /** {@code java.lang.ArithmeticException: / by zero}. */
    public String summary() {
      return error.getClass().getName() + ": " + error.getMessage();
    }
  }

  /** The launch did not finish within the harness's time limit. */
  record TimedOut(String device, long seconds) implements Outcome {}
}
