package dev.geobacter.cuda.ptx;

/**
 * The launch status buffer in device memory, shared by every work-item of a launch: the first
 * failed check (first one wins, by compare-and-swap) for the host to raise as a Java exception.
 * Byte offsets of {@code i32} fields; the host zeroes it before each launch.
 */
public final class LaunchStatus {
  public static final int FAILED = 0;
  public static final int KIND = 4;
  public static final int INDEX = 8;
  public static final int LENGTH = 12;
  public static final int SITE = 16;
  /** Bytes, a multiple of 4 so it can be cleared with 32-bit fills. */
  public static final int SIZE = 32;

  private LaunchStatus() {}
}
