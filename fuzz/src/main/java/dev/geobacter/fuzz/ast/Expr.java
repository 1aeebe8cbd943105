package dev.geobacter.fuzz.ast;

import java.util.List;

/**
 * An expression of a generated program. Every node knows its Java type, so the generator builds
 * only well-typed trees and the reducer can put a constant of the same type in any node's place.
 */
public sealed interface Expr {
  JType type();

  /** The direct subexpressions, left to right. */
  List<Expr> children();

  /** This node with its direct subexpressions replaced by {@code children} (same count and types). */
  Expr withChildren(List<Expr> children);

  /** A constant, printed as written (e.g. {@code (byte) -3}, {@code Float.NaN}, {@code (-1L)}). */
  record Literal(JType type, String text) implements Expr {
    public List<Expr> children() {
      return List.of();
    }

    public Expr withChildren(List<Expr> children) {
      return this;
    }
  }

  /** A local variable or parameter. */
  record Var(String name, JType type) implements Expr {
    public List<Expr> children() {
      return List.of();
    }

    public Expr withChildren(List<Expr> children) {
      return this;
    }
  }

  /** {@code -x}, {@code +x}, {@code ~x} or {@code !x}. */
  record Unary(String op, Expr operand, JType type) implements Expr {
    public List<Expr> children() {
      return List.of(operand);
    }

    public Expr withChildren(List<Expr> children) {
      return new Unary(op, children.get(0), type);
    }
  }

  /** A binary operator; {@code type} is the result type (boolean for comparisons). */
  record Binary(String op, Expr left, Expr right, JType type) implements Expr {
    public List<Expr> children() {
      return List.of(left, right);
    }

    public Expr withChildren(List<Expr> children) {
      return new Binary(op, children.get(0), children.get(1), type);
    }
  }

  /** {@code cond ? then : otherwise}, both branches of {@code type}. */
  record Ternary(Expr cond, Expr then, Expr otherwise, JType type) implements Expr {
    public List<Expr> children() {
      return List.of(cond, then, otherwise);
    }

    public Expr withChildren(List<Expr> children) {
      return new Ternary(children.get(0), children.get(1), children.get(2), type);
    }
  }

  /** {@code (type) operand}. */
  record Cast(JType type, Expr operand) implements Expr {
    public List<Expr> children() {
      return List.of(operand);
    }

    public Expr withChildren(List<Expr> children) {
      return new Cast(type, children.get(0));
    }
  }

  /**
   * A static call: {@code Math.abs(x)}, {@code Gpu.localId(0)} or a generated helper {@code h2(a, b)}.
   * {@code arrayArgs} are array names passed after the value arguments (helpers only).
   */
  record Call(String target, List<Expr> args, List<String> arrayArgs, JType type) implements Expr {
    public Call {
      args = List.copyOf(args);
      arrayArgs = List.copyOf(arrayArgs);
    }

    public List<Expr> children() {
      return args;
    }

    public Expr withChildren(List<Expr> children) {
      return new Call(target, children, arrayArgs, type);
    }
  }

  /** {@code array[index]}. */
  record ArrayRead(String array, Expr index, JType type) implements Expr {
    public List<Expr> children() {
      return List.of(index);
    }

    public Expr withChildren(List<Expr> children) {
      return new ArrayRead(array, children.get(0), type);
    }
  }

  /** {@code array.length}. */
  record ArrayLength(String array) implements Expr {
    public JType type() {
      return JType.INT;
    }

    public List<Expr> children() {
      return List.of();
    }

    public Expr withChildren(List<Expr> children) {
      return this;
    }
  }

  /** {@code ++x}, {@code x--}, ...: a side effect inside an expression; the type is the variable's. */
  record IncDec(String variable, String op, boolean prefix, JType type) implements Expr {
    public List<Expr> children() {
      return List.of();
    }

    public Expr withChildren(List<Expr> children) {
      return this;
    }
  }
}
