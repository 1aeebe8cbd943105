package dev.geobacter.javac;

import com.sun.source.tree.Tree;
import dev.geobacter.javac.SourcePositions.Position;
import dev.geobacter.metadata.SidecarFormat;
import dev.geobacter.metadata.proto.Expr;
import dev.geobacter.metadata.proto.Stmt;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * What serializing one method needs to remember: its type table, the slots of its locals, the
 * position of the node being serialized (nodes javac generated inherit their parent's) and how deep
 * the recursion is.
 */
final class MethodScope {
  private final Descriptors descriptors;
  private final Types types;
  private final SourcePositions positions;
  private final TypeMirror returnType;
  private final TypeTable table = new TypeTable();
  private final Map<Element, Integer> slots = new HashMap<>();
  private int nextSlot;
  private Position current;
  private int depth;

  MethodScope(Descriptors descriptors, Types types, SourcePositions positions, TypeMirror returnType, Position start) {
    this.descriptors = descriptors;
    this.types = types;
    this.positions = positions;
    this.returnType = returnType;
    this.current = start;
  }

  Descriptors descriptors() {
    return descriptors;
  }

  Types types() {
    return types;
  }

  TypeTable table() {
    return table;
  }

  /** The declared return type of the method (its returns convert to it). */
  TypeMirror returnType() {
    return returnType;
  }

  int typeIndex(TypeMirror type) {
    return table.indexOf(descriptors.of(type));
  }

  /** Gives {@code local} the next free slot; parameters are declared first, so they get 0..n-1. */
  int declare(Element local) {
    int slot = nextSlot++;
    slots.put(local, slot);
    return slot;
  }

  /** The slot of a declared local, or null for one declared in code the serializer did not enter. */
  Integer slotOf(Element local) {
    return slots.get(local);
  }

  /** Starts serializing {@code tree}: one level deeper, positioned at its start. */
  Position enter(Tree tree) {
    if (++depth > SidecarFormat.MAX_TREE_DEPTH) throw new TooDeepException();
    current = positions.startOf(tree, current);
    return current;
  }

  void exit(Position parent) {
    depth--;
    current = parent;
  }

  Position current() {
    return current;
  }

  /** An expression node of {@code type} at the current position. */
  Expr.Builder expr(TypeMirror type) {
    return Expr.newBuilder().setType(typeIndex(type)).setLine(current.line()).setColumn(current.column());
  }

  Stmt.Builder stmt() {
    return Stmt.newBuilder().setLine(current.line()).setColumn(current.column());
  }
}
