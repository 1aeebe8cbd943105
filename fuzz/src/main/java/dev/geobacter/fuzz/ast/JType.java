package dev.geobacter.fuzz.ast;

import java.util.List;

/** The eight primitive types of Java, as generated programs use them. */
public enum JType {
  BOOLEAN("boolean", "Boolean", 'Z', 0),
  BYTE("byte", "Byte", 'B', 1),
  SHORT("short", "Short", 'S', 2),
  CHAR("char", "Character", 'C', 2),
  INT("int", "Integer", 'I', 3),
  LONG("long", "Long", 'J', 4),
  FLOAT("float", "Float", 'F', 5),
  DOUBLE("double", "Double", 'D', 6);

  /** Every numeric type (char included), narrowest first. */
  public static final List<JType> NUMERIC = List.of(BYTE, SHORT, CHAR, INT, LONG, FLOAT, DOUBLE);
  /** The integral types (char included). */
  public static final List<JType> INTEGRAL = List.of(BYTE, SHORT, CHAR, INT, LONG);
  /** Types that binary numeric promotion (JLS 5.6) turns into int. */
  public static final List<JType> PROMOTED_TO_INT = List.of(BYTE, SHORT, CHAR, INT);

  private final String keyword;
  private final String boxed;
  private final char descriptor;
  private final int rank;

  JType(String keyword, String boxed, char descriptor, int rank) {
    this.keyword = keyword;
    this.boxed = boxed;
    this.descriptor = descriptor;
    this.rank = rank;
  }

  public String keyword() {
    return keyword;
  }

  public String boxed() {
    return boxed;
  }

  public char descriptor() {
    return descriptor;
  }

  public boolean isNumeric() {
    return this != BOOLEAN;
  }

  public boolean isIntegral() {
    return INTEGRAL.contains(this);
  }

  public boolean isFloating() {
    return this == FLOAT || this == DOUBLE;
  }

  /** The type unary numeric promotion gives (JLS 5.6): byte, short and char become int. */
  public JType promoted() {
    return PROMOTED_TO_INT.contains(this) ? INT : this;
  }

  /** The type of a binary arithmetic operation on {@code this} and {@code other} (JLS 5.6.2). */
  public JType promotedWith(JType other) {
    JType a = promoted();
    JType b = other.promoted();
    return a.rank >= b.rank ? a : b;
  }

  /** The type of {@code descriptor} ({@code I}, {@code J}, ...). */
  public static JType ofDescriptor(char descriptor) {
    for (JType type : values()) {
      if (type.descriptor == descriptor) return type;
    }
    throw new IllegalArgumentException("not a primitive type descriptor: " + descriptor);
  }
}
