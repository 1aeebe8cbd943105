package dev.geobacter.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.fuzz.ast.JType;
import dev.geobacter.fuzz.gen.ProgramGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Child JVMs find exactly the seeds that kill the process, and report them with a reproduction. */
class ForkedBatchesTest {
  @Test
  void findsEverySeedThatKillsTheProcess() throws IOException {
    long first = 3000;
    int count = 8;
    List<Long> expected = new ArrayList<>();
    for (long seed = first; seed < first + count; seed++) {
      boolean takesShorts = ProgramGenerator.generate(seed).kernel().params().stream()
          .anyMatch(p -> p.array() && p.type() == JType.SHORT);
      if (takesShorts) expected.add(seed);
    }
    assertTrue(!expected.isEmpty() && expected.size() < count, "pick seeds where some kernels take short[]: "
        + expected);

    Set<Path> temporaryBefore = fuzzTemporaryDirectories();
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    ForkedBatches.Settings settings = new ForkedBatches.Settings(List.of(CrashingBackend.NAME), 4, 0, 0,
        Integer.MAX_VALUE, 0, 30, List.of("-D" + CrashingBackend.PROPERTY + "=true"));
    ForkedBatches.Result result = new ForkedBatches(settings, new PrintStream(report, true, StandardCharsets.UTF_8),
        ProcessBuilder.Redirect.DISCARD).run(first, count);

    String text = report.toString(StandardCharsets.UTF_8);
    assertEquals(expected, result.crashingSeeds(), text);
    assertTrue(text.contains("CRASH: seed " + expected.get(0) + " kills the process (exit status 77)"), text);
    assertTrue(text.contains("-Dfuzz.args=\"--seed " + expected.get(0) + " --count 1 --device crasher\""), text);
    // The seeds that do not crash are refused by the device: mismatches, reported by their children.
    assertTrue(result.failedBatches() > 0, text);
    // Children that die cannot clean up what they compiled; their temporary directories must go anyway.
    Set<Path> left = new HashSet<>(fuzzTemporaryDirectories());
    left.removeAll(temporaryBefore);
    assertTrue(left.isEmpty(), "child JVMs left temporary directories behind: " + left);
  }

  private static Set<Path> fuzzTemporaryDirectories() throws IOException {
    try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return entries.filter(p -> p.getFileName().toString().startsWith("geobacter-fuzz")).collect(Collectors.toSet());
    }
  }
}
