package dev.geobacter.metadata;

/** A sidecar that cannot be used: unreadable, corrupt, too large, or from another schema version. */
public final class SidecarException extends Exception {
  public enum Reason { UNREADABLE, CORRUPT, TOO_LARGE, UNKNOWN_VERSION, HASH_MISMATCH }

  private final Reason reason;
  private final String origin;

  public SidecarException(Reason reason, String origin, String detail) {
    this(reason, origin, detail, null);
  }

  public SidecarException(Reason reason, String origin, String detail, Throwable cause) {
    super(describe(reason) + " Geobacter sidecar " + origin + ": " + detail, cause);
    this.reason = reason;
    this.origin = origin;
  }

  public Reason reason() {
    return reason;
  }

  /** Where the sidecar came from, e.g. {@code jar:file:/.../lib.jar!/META-INF/geobacter/lib/Helpers.gbm}. */
  public String origin() {
    return origin;
  }

  private static String describe(Reason reason) {
    switch (reason) {
      case UNREADABLE: return "cannot read";
      case TOO_LARGE: return "oversized";
      case UNKNOWN_VERSION: return "unsupported schema version in";
      case HASH_MISMATCH: return "content hash mismatch in";
      default: return "corrupt";
    }
  }
}
