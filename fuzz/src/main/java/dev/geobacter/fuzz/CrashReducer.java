package dev.geobacter.fuzz;

import dev.geobacter.fuzz.ast.Program;
import dev.geobacter.fuzz.gen.ProgramGenerator;
import dev.geobacter.fuzz.reduce.Reducer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reduces a program that kills the process (an LLVM fatal error, say): each candidate runs in a
 * child JVM ({@code FuzzMain --source}), and still fails if that child dies too. A JVM start per
 * candidate makes this slower than an in-process reduction, hence its own attempt budget.
 */
final class CrashReducer {
  private final ChildJvm children;
  private final List<String> devices;
  private final int maxAttempts;

  CrashReducer(ChildJvm children, List<String> devices, int maxAttempts) {
    this.children = children;
    this.devices = devices;
    this.maxAttempts = maxAttempts;
  }

  /** The reduced source of the program of {@code seed}, which is known to crash. */
  String reduce(long seed) {
    return new Reducer(this::crashes, maxAttempts).reduce(ProgramGenerator.generate(seed)).source();
  }

  private boolean crashes(Program candidate) {
    try {
      Path dir = Files.createTempDirectory("geobacter-fuzz-crash");
      Path file = dir.resolve(candidate.className() + ".java");
      Files.writeString(file, candidate.source(), StandardCharsets.UTF_8);
      int status = children.run(List.of("--source", file.toString()), devices, ProcessBuilder.Redirect.DISCARD);
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
      return ChildJvm.died(status);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
