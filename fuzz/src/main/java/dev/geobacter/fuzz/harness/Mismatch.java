package dev.geobacter.fuzz.harness;

/**
 * How a device's outcome differs from the oracle's: {@code where} (the array and index, or the
 * exception), then what each side had there.
 */
public record Mismatch(String where, String expected, String actual) {
  @Override
  public String toString() {
    return where + ":\n  expected: " + expected + "\n  actual:   " + actual;
  }
}
