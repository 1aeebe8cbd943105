package dev.geobacter.cli;

/** The exit statuses of {@code geobacter}, as listed in its help. */
final class ExitStatus {
  static final int OK = 0;
  /** The inputs have problems: invalid sidecars, rule findings, a kernel that cannot be loaded. */
  static final int PROBLEMS = 1;
  /** picocli's own status for an invalid command line. */
  static final int USAGE = 2;
  /** A stage or target this build's code generator does not provide. */
  static final int NOT_AVAILABLE = 3;
  /** An unexpected exception: our bug (EX_SOFTWARE in sysexits.h). */
  static final int INTERNAL_ERROR = 70;

  private ExitStatus() {}
}
