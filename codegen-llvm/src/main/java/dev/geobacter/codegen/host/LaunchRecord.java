package dev.geobacter.codegen.host;

/**
 * The launch record shared by the Java launcher and every thread of generated code: the grid's
 * shape (written by Java) and the first failure (written by generated code, first one wins).
 * Byte offsets of {@code i32} fields.
 */
final class LaunchRecord {
  static final int NUM_GROUPS = 0;
  static final int GROUP_SIZE = 12;
  static final int FAILED = 24;
  static final int KIND = 28;
  static final int INDEX = 32;
  static final int LENGTH = 36;
  static final int SITE = 40;
  static final int SIZE = 48;

  private LaunchRecord() {}
}
