package dev.geobacter.javac.internal;

import com.sun.tools.javac.util.JCDiagnostic;
import com.sun.tools.javac.util.JCDiagnostic.DiagnosticFlag;
import com.sun.tools.javac.util.JCDiagnostic.SimpleDiagnosticPosition;
import com.sun.tools.javac.util.Log;
import java.io.IOException;
import javax.tools.JavaFileObject;

/**
 * Reports errors at a line and column of a source file, as the kernel checker knows them, or
 * without any position. The public API can only report at a tree, and findings may lie in another
 * compilation unit than the one being analysed.
 */
public final class PositionedErrors {
  /** javac expands a tab to the next multiple of 8 when it counts columns. */
  private static final int TAB_WIDTH = 8;

  private final Log log;

  PositionedErrors(Log log) {
    this.log = log;
  }

  /** An error at {@code line}:{@code column} (1-based, javac's columns) of {@code file}; at the file when unknown. */
  public void report(JavaFileObject file, int line, int column, String message) {
    JavaFileObject previous = log.useSource(file);
    try {
      int offset = offsetOf(file, line, column);
      if (offset < 0) {
        log.error(DiagnosticFlag.API, null, verbatim(message));
      } else {
        // API: report every finding, even several at one position (javac keeps one error per position)
        log.error(DiagnosticFlag.API, new SimpleDiagnosticPosition(offset), verbatim(message));
      }
    } finally {
      log.useSource(previous);
    }
  }

  /** An error that belongs to no source position. */
  public void report(String message) {
    log.error(DiagnosticFlag.API, null, verbatim(message));
  }

  /** javac's "{0}" message, the one annotation processors' Messager uses (key compiler.err.proc.messager). */
  private static JCDiagnostic.Error verbatim(String message) {
    return new JCDiagnostic.Error("compiler", "proc.messager", message);
  }

  private static int offsetOf(JavaFileObject file, int line, int column) {
    if (line < 1) return -1;
    CharSequence text;
    try {
      text = file.getCharContent(true);
    } catch (IOException | UnsupportedOperationException e) {
      return -1;
    }
    return offsetOf(text, line, column);
  }

  /** The character offset javac's LineMap maps to {@code line}:{@code column}; -1 past the end. */
  static int offsetOf(CharSequence text, int line, int column) {
    int offset = 0;
    for (int current = 1; current < line; current++) {
      while (offset < text.length() && text.charAt(offset) != '\n' && text.charAt(offset) != '\r') offset++;
      if (offset >= text.length()) return -1;
      if (text.charAt(offset) == '\r' && offset + 1 < text.length() && text.charAt(offset + 1) == '\n') offset++;
      offset++;
    }
    int col = 1;
    while (col < column && offset < text.length() && text.charAt(offset) != '\n' && text.charAt(offset) != '\r') {
      col = text.charAt(offset) == '\t' ? ((col - 1) / TAB_WIDTH + 1) * TAB_WIDTH + 1 : col + 1;
      offset++;
    }
    return offset;
  }
}
