package dev.geobacter;

/** Base of the errors the Geobacter driver reports: unchecked, like the exceptions kernels raise. */
public class GeobacterException extends RuntimeException {
  public GeobacterException(String message) {
    super(message);
  }

  public GeobacterException(String message, Throwable cause) {
    super(message, cause);
  }
}
