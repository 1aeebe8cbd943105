package dev.geobacter.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs {@link FuzzMain} in a child JVM with this JVM's options and class path. Each child gets its
 * own temporary directory, deleted when it exits: a child that dies (the reason to fork) cannot
 * clean up the classes it compiled.
 */
final class ChildJvm {
  private final List<String> jvmOptions;
  private final List<String> options;

  /**
   * @param jvmOptions JVM options for every child besides this JVM's own ({@code -Dkey=value})
   * @param options FuzzMain options every child gets ({@code --reduce-attempts 0}, {@code --timeout 60})
   */
  ChildJvm(List<String> jvmOptions, List<String> options) {
    this.jvmOptions = List.copyOf(jvmOptions);
    this.options = List.copyOf(options);
  }

  /** Whether a child's exit status means it died rather than finished (whatever it found). */
  static boolean died(int status) {
    return status != 0 && status != 2 && status != FuzzMain.EXIT_MISMATCH
        && status != FuzzMain.EXIT_COMPILATION_FAILED;
  }

  /**
   * Runs {@code FuzzMain args} and returns its exit status.
   *
   * @param output where the child's output and errors go ({@code INHERIT}, {@code DISCARD}, a file)
   */
  int run(List<String> args, List<String> devices, ProcessBuilder.Redirect output) {
    Path temporary = createTemporaryDirectory();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(jvmOptions);
    command.add("-Djava.io.tmpdir=" + temporary);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), FuzzMain.class.getName()));
    command.addAll(options);
    command.addAll(args);
    for (String device : devices) command.addAll(List.of("--device", device));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output);
    try {
      return builder.start().waitFor();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start a child JVM: " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a child JVM", e);
    } finally {
      deleteTree(temporary);
    }
  }

  private static Path createTemporaryDirectory() {
    try {
      return Files.createTempDirectory("geobacter-fuzz-child");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory for a child JVM", e);
    }
  }

  /** Deletes {@code root} and everything under it; whatever cannot be deleted is left. */
  static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // best effort: a directory left in java.io.tmpdir is harmless
    }
  }
}
