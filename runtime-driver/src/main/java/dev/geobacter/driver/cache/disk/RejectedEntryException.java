package dev.geobacter.driver.cache.disk;

/** A cache entry that must not be loaded; the message completes "ignoring cache entry X: ...". */
final class RejectedEntryException extends Exception {
  RejectedEntryException(String reason) {
    super(reason, null, false, false);
  }
}
