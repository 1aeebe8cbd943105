package dev.geobacter.codegen;

import dev.geobacter.KernelOptions;

/**
 * Choices that change the generated code (and so belong in a kernel's cache key).
 *
 * @param boundsChecks check array indexes and raise ArrayIndexOutOfBoundsException (default on)
 * @param divisionChecks check integer division and remainder by zero and raise
 *     ArithmeticException (default on); off, {@code x / 0} and {@code x % 0} give 0
 * @param optimizationLevel 0 to 3, for the {@code default<On>} pipeline
 */
public record CodegenOptions(boolean boundsChecks, boolean divisionChecks, int optimizationLevel) {
  public CodegenOptions {
    if (optimizationLevel < 0 || optimizationLevel > 3) {
      throw new IllegalArgumentException("optimization level must be 0 to 3, was " + optimizationLevel);
    }
  }

  public static CodegenOptions defaults() {
    return new CodegenOptions(true, true, 3);
  }

  /**
   * The code generator's options for a kernel launched with {@code options}: {@code checks} off
   * turns off both bounds and division checks; the optimization level stays at the default.
   */
  public static CodegenOptions of(KernelOptions options) {
    return options.checks() ? defaults() : defaults().withoutChecks();
  }

  public CodegenOptions withoutChecks() {
    return new CodegenOptions(false, false, optimizationLevel);
  }

  /** A stable text for cache keys. */
  public String key() {
    return "bounds=" + boundsChecks + ",div=" + divisionChecks + ",O" + optimizationLevel;
  }
}
