package dev.geobacter;

/**
 * Java arrays kept in a device's memory across launches, made by {@link Device#keepResident}.
 * While an array is resident, launches on that device read and write its device copy and do not
 * copy it; the Java array is brought up to date by {@link #download}, or by {@link #close()} for
 * every array a launch may have written. Changes made to the Java array meanwhile reach the device
 * only through {@link #upload}.
 *
 * <p>Devices that run kernels in the JVM's own memory ({@code host}, {@code jvm}) have no separate
 * copy: their handle's operations do nothing, and launches use the Java arrays as always.
 *
 * <p>An array is resident on one device at a time: keeping it resident again, or launching it on
 * another device, throws {@link IllegalStateException} until this handle is closed. The operations
 * wait for the device's earlier launches, so the copies never race a running kernel.
 */
public interface ResidentArrays extends AutoCloseable {
  /** The name of the device holding the arrays, e.g. {@code "cuda:0"}. */
  String device();

  /** Whether {@code array} (compared by identity) is one of this handle's arrays. */
  boolean contains(Object array);

  /**
   * Copies the Java array's current values to its device copy.
   *
   * @throws IllegalArgumentException if {@code array} is not one of this handle's arrays
   * @throws IllegalStateException if this handle is closed
   */
  void upload(Object array);

  /**
   * Copies the device copy's values into the Java array.
   *
   * @throws IllegalArgumentException if {@code array} is not one of this handle's arrays
   * @throws IllegalStateException if this handle is closed
   */
  void download(Object array);

  /**
   * Copies back every array a launch may have written since it was last downloaded, frees the
   * device memory and ends residency; later calls do nothing.
   */
  @Override
  void close();

  boolean isClosed();
}
