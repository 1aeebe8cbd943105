package dev.geobacter.bench.gpu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line of the GPU tables, in the format every baseline program prints and {@code table.py}
 * reads: {@code kernel=<name> impl=<impl> median_ms=<x> check=<ok|FAIL> [key=value ...]}.
 */
record ResultLine(String kernel, String impl, double medianMs, boolean ok, List<String> extras) {
  static final String CHECKED = "geobacter";
  static final String UNCHECKED = "geobacter_nocheck";

  ResultLine {
    requireWord(kernel);
    requireWord(impl);
    extras = List.copyOf(extras);
  }

  static ResultLine of(String kernel, String impl, double medianMs, boolean ok) {
    return new ResultLine(kernel, impl, medianMs, ok, List.of());
  }

  /** This line with one more {@code key=value}, the value printed with two decimals (rates). */
  ResultLine with(String key, double value) {
    return with(key, String.format(Locale.ROOT, "%.2f", value));
  }

  ResultLine with(String key, String value) {
    requireWord(key);
    requireWord(value);
    List<String> more = new ArrayList<>(extras);
    more.add(key + "=" + value);
    return new ResultLine(kernel, impl, medianMs, ok, more);
  }

  String format() {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "kernel=%s impl=%s median_ms=%.4f check=%s",
        kernel, impl, medianMs, ok ? "ok" : "FAIL"));
    for (String extra : extras) line.append(' ').append(extra);
    return line.toString();
  }

  /** table.py splits lines on spaces and fields on the first '=': words may contain neither. */
  private static void requireWord(String word) {
    if (word.isEmpty() || word.chars().anyMatch(c -> Character.isWhitespace(c) || c == '=')) {
      throw new IllegalArgumentException("a result-line word must be non-empty, without spaces or '=': '" + word + "'");
    }
  }
}
