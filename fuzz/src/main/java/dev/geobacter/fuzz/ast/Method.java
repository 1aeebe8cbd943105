package dev.geobacter.fuzz.ast;

import java.util.List;

/**
 * A static method of a generated program: the kernel ({@code returnType} null: void) or a helper.
 */
public record Method(String name, JType returnType, List<Param> params, Stmt.Block body) {
  public Method {
    params = List.copyOf(params);
  }

  public Method withBody(Stmt.Block newBody) {
    return new Method(name, returnType, params, newBody);
  }

  /** A parameter: a primitive value or a one-dimensional primitive array. */
  public record Param(String name, JType type, boolean array) {
    public String typeText() {
      return type.keyword() + (array ? "[]" : "");
    }

    /** The type argument of {@code KernelN<...>} for this parameter ({@code Integer}, {@code float[]}). */
    public String typeArgument() {
      return array ? typeText() : type.boxed();
    }
  }
}
