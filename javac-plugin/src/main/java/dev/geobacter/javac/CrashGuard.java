package dev.geobacter.javac;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Consumer;

/**
 * Turns a failure inside the plugin into one javac error that says it is the plugin's bug, instead
 * of a javac crash. After the first failure the plugin stays quiet: its state is no longer trusted.
 */
final class CrashGuard {
  private final Consumer<String> reporter;
  private final String version;
  private boolean failed;

  CrashGuard(Consumer<String> reporter, String version) {
    this.reporter = reporter;
    this.version = version;
  }

  /** Runs {@code action} unless an earlier action failed; reports its failure as GB000. */
  void run(String what, Runnable action) {
    if (failed) return;
    try {
      action.run();
    } catch (RuntimeException | LinkageError | StackOverflowError | AssertionError e) {
      failed = true;
      reporter.accept(message(what, e));
    }
  }

  boolean failed() {
    return failed;
  }

  String message(String what, Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return PluginError.INTERNAL_ERROR.format("internal error in the Geobacter plugin " + version + ": " + failure
        + " while " + what + " (this is a bug in Geobacter, please report it)\n" + trace);
  }
}
