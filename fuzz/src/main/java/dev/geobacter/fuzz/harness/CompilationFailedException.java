package dev.geobacter.fuzz.harness;

import dev.geobacter.testkit.CompilationResult;
import java.util.Map;

/**
 * javac or the Geobacter plugin rejected a kernel class (or, for generated programs, reported any
 * diagnostic at all). For a generated program this is a generator bug, or a plugin bug if the
 * program is valid Java within the kernel rules: the message carries the diagnostics and the
 * sources they point into.
 */
public final class CompilationFailedException extends RuntimeException {
  private final transient CompilationResult result;

  CompilationFailedException(CompilationResult result, Map<String, String> sources) {
    super(message(result, sources));
    this.result = result;
  }

  public CompilationResult result() {
    return result;
  }

  private static String message(CompilationResult result, Map<String, String> sources) {
    StringBuilder text = new StringBuilder("kernel classes did not compile cleanly through the plugin:\n")
        .append(result.describeDiagnostics()).append('\n');
    sources.forEach((name, source) -> {
      String path = "/" + DifferentialHarness.sourcePath(name);
      boolean blamed = result.diagnostics().stream()
          .anyMatch(d -> d.getSource() != null && d.getSource().toUri().getPath().endsWith(path));
      if (blamed || sources.size() == 1) {
        text.append("\n---- ").append(name).append(" ----\n").append(numbered(source));
      }
    });
    return text.toString();
  }

  private static String numbered(String source) {
    StringBuilder out = new StringBuilder();
    String[] lines = source.split("\n", -1);
    for (int k = 0; k < lines.length; k++) out.append(String.format("%4d  %s%n", k + 1, lines[k]));
    return out.toString();
  }
}
