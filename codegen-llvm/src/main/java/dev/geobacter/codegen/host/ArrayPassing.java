package dev.geobacter.codegen.host;

/**
 * When the host device may pass Java arrays to generated code in place instead of copying them:
 * only when nothing can go wrong for the Java heap.
 *
 * <ul>
 *   <li>The JDK has critical downcalls with heap access ({@link CriticalCalls}, JDK 22 and later):
 *       the JVM then guarantees that an array does not move while a call uses its address.
 *   <li>The kernel was compiled with bounds checks. Without them a wrong index is undefined
 *       behaviour, and in place it would overwrite whatever object lies next to the array on the
 *       Java heap: corrupted values in unrelated objects or a crash of the garbage collector, long
 *       after the launch and far from its cause. A copy confines such writes to native memory.
 *   <li>The system property {@value #PROPERTY} is not {@code false} (read at each launch), which
 *       forces copies, for comparison or where holding off garbage collection during a launch is
 *       unwelcome.
 * </ul>
 *
 * Empty arrays need no special case: their address is never dereferenced (the checks see the
 * length 0).
 */
final class ArrayPassing {
  /** Set to {@code false} to make the host device copy arrays on every JDK. */
  static final String PROPERTY = "geobacter.host.zeroCopy";

  private ArrayPassing() {}

  /** Whether a launch of a kernel compiled with or without bounds checks would pass arrays in place. */
  static boolean inPlace(boolean boundsChecked) {
    return boundsChecked && CriticalCalls.available() && !"false".equalsIgnoreCase(System.getProperty(PROPERTY));
  }
}
