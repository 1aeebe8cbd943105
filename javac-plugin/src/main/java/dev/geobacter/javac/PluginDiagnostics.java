package dev.geobacter.javac;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import dev.geobacter.javac.internal.PositionedErrors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Every error the plugin reports goes through here, with its stable id in front ({@code [GB001] ...}),
 * so the plugin can tell its own errors from javac's.
 */
final class PluginDiagnostics {
  private final Trees trees;
  private final PositionedErrors positioned;
  private int reported;

  PluginDiagnostics(Trees trees, PositionedErrors positioned) {
    this.trees = trees;
    this.positioned = positioned;
  }

  /** An error at a tree of the unit being analysed. */
  void error(PluginError error, String message, Tree at, CompilationUnitTree unit) {
    reported++;
    trees.printMessage(Diagnostic.Kind.ERROR, error.format(message), at, unit);
  }

  /** An error at a line and column (1-based) of a source file; {@code message} carries its id. */
  void error(String message, JavaFileObject file, int line, int column) {
    reported++;
    positioned.report(file, line, column, message);
  }

  /** An error without a position. */
  void error(String message) {
    reported++;
    positioned.report(message);
  }

  /** How many errors the plugin has reported. */
  int count() {
    return reported;
  }
}
