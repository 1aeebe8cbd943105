package dev.geobacter.javac;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.LineMap;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;

/** 1-based line and column of tree nodes in one compilation unit, as javac reports them (tabs expand to 8). */
final class SourcePositions {
  /** A line and a column, both 1-based. */
  record Position(int line, int column) {}

  private final CompilationUnitTree unit;
  private final com.sun.source.util.SourcePositions positions;
  private final LineMap lines;

  SourcePositions(Trees trees, CompilationUnitTree unit) {
    this.unit = unit;
    this.positions = trees.getSourcePositions();
    this.lines = unit.getLineMap();
  }

  /** Where the node starts; {@code fallback} for nodes javac generated without a position. */
  Position startOf(Tree tree, Position fallback) {
    return at(positions.getStartPosition(unit, tree), fallback);
  }

  Position at(long offset, Position fallback) {
    if (offset < 0 || lines == null) return fallback;
    return new Position((int) lines.getLineNumber(offset), (int) lines.getColumnNumber(offset));
  }
}
