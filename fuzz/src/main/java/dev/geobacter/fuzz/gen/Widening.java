package dev.geobacter.fuzz.gen;

import dev.geobacter.fuzz.ast.JType;

/** Widening primitive conversions (JLS 5.1.2): what assignment accepts without a cast. */
final class Widening {
  private Widening() {}

  static boolean widens(JType from, JType to) {
    if (from == to || to == JType.BOOLEAN) return false;
    return switch (from) {
      case BOOLEAN -> false;
      case BYTE -> to != JType.CHAR;
      case SHORT -> to != JType.CHAR && to != JType.BYTE;
      case CHAR -> to == JType.INT || to == JType.LONG || to == JType.FLOAT || to == JType.DOUBLE;
      case INT -> to == JType.LONG || to == JType.FLOAT || to == JType.DOUBLE;
      case LONG -> to == JType.FLOAT || to == JType.DOUBLE;
      case FLOAT -> to == JType.DOUBLE;
      case DOUBLE -> false;
    };
  }
}
