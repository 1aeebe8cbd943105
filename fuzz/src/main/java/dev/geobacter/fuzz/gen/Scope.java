package dev.geobacter.fuzz.gen;

import dev.geobacter.fuzz.ast.JType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What the generator may use at a point of a method: visible locals (by block), arrays, enclosing
 * loops and switches (for break/continue), and the method's name counter.
 */
final class Scope {
  /** A local or parameter; loop counters and the work-item index are read-only. */
  record Variable(String name, JType type, boolean assignable) {}

  /** An array parameter: inputs are read anywhere, outputs written only at the work-item's own index. */
  record ArrayVar(String name, JType type, boolean output) {}

  /** An enclosing loop or switch, innermost last. */
  record Enclosing(boolean loop, String label) {}

  private final Deque<List<Variable>> blocks = new ArrayDeque<>();
  private final List<ArrayVar> arrays;
  private final Deque<Enclosing> enclosing = new ArrayDeque<>();
  private final String workItemIndex;
  private int names;

  /** @param workItemIndex the name of the kernel's {@code globalId(0)} local, or null in helpers */
  Scope(List<ArrayVar> arrays, String workItemIndex) {
    this.arrays = List.copyOf(arrays);
    this.workItemIndex = workItemIndex;
    blocks.push(new ArrayList<>());
  }

  String fresh(String prefix) {
    return prefix + names++;
  }

  void declare(String name, JType type, boolean assignable) {
    blocks.peek().add(new Variable(name, type, assignable));
  }

  void enterBlock() {
    blocks.push(new ArrayList<>());
  }

  void exitBlock() {
    blocks.pop();
  }

  List<Variable> variables(JType type, boolean assignableOnly) {
    List<Variable> found = new ArrayList<>();
    for (List<Variable> block : blocks) {
      for (Variable v : block) {
        if (v.type() == type && (v.assignable() || !assignableOnly)) found.add(v);
      }
    }
    return found;
  }

  /** Every assignable variable. */
  List<Variable> assignable() {
    List<Variable> found = new ArrayList<>();
    for (List<Variable> block : blocks) {
      for (Variable v : block) if (v.assignable()) found.add(v);
    }
    return found;
  }

  /** The input arrays of element type {@code type}, or of any type if {@code type} is null. */
  List<ArrayVar> inputs(JType type) {
    return arrays.stream().filter(a -> !a.output() && (type == null || a.type() == type)).toList();
  }

  List<ArrayVar> outputs() {
    return arrays.stream().filter(ArrayVar::output).toList();
  }

  /** The work-item index variable of a kernel, or null in a helper (no outputs there). */
  String workItemIndex() {
    return workItemIndex;
  }

  void enter(Enclosing e) {
    enclosing.push(e);
  }

  void exit() {
    enclosing.pop();
  }

  boolean inLoop() {
    return enclosing.stream().anyMatch(Enclosing::loop);
  }

  /** Whether an unlabeled {@code break} is allowed (inside a loop or switch). */
  boolean breakable() {
    return !enclosing.isEmpty();
  }

  /** Labels of the enclosing loops (all may be targets of labeled break and continue). */
  List<String> loopLabels() {
    return enclosing.stream().filter(e -> e.loop() && e.label() != null).map(Enclosing::label).toList();
  }

  int loopDepth() {
    return (int) enclosing.stream().filter(Enclosing::loop).count();
  }
}
