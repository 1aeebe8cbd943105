package dev.geobacter.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Device;
import dev.geobacter.fuzz.harness.DifferentialHarness;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A few hundred generated programs. In process: each compiles through the plugin with no
 * diagnostic at all and runs twice on the jvm oracle, which must repeat itself exactly. Then, in
 * child JVMs (a compiled device may kill its process, e.g. with an LLVM fatal error), every
 * compiled device present here must agree with the oracle; mismatches are reduced and reported
 * with the command that reproduces them, crashes with the seed that causes them.
 */
class DifferentialFuzzTest {
  /** Fixed, so a failure here reproduces with the command in its report. */
  static final long FIRST_SEED = 1_000_000;
  static final int PROGRAMS = Integer.getInteger("geobacter.fuzz.programs", 300);

  @Test
  void generatedProgramsCompileCleanlyAndTheOracleRepeatsItself() {
    try (DifferentialHarness harness = new DifferentialHarness(List.of(), 60)) {
      StringBuilder log = new StringBuilder();
      FuzzSession session = new FuzzSession(harness, 25, 400, 3, line -> log.append(line).append('\n'));
      FuzzSession.Summary summary = session.run(FIRST_SEED, PROGRAMS);
      assertEquals(PROGRAMS, summary.programs());
      assertTrue(summary.failures().isEmpty(), () -> "the jvm oracle did not repeat itself:\n"
          + summary.failures().stream().map(FailureReport::format).collect(Collectors.joining("\n")));
      // Exceptions are meant to be the exception: most programs must complete and be compared value by value.
      assertTrue(summary.oracleExceptions() < PROGRAMS / 3,
          summary.oracleExceptions() + " of " + PROGRAMS + " programs threw on the oracle");
      assertTrue(summary.oracleExceptions() > 0, "no program exercised exceptions");
    }
  }

  @Test
  void compiledDevicesAgreeWithTheJvmOnGeneratedPrograms() throws IOException {
    List<String> devices = devicesUnderTest();
    if (devices.isEmpty()) {
      System.out.println("DifferentialFuzzTest: no compiled device was compared (none present, or "
          + DifferentialHarness.DEVICES_PROPERTY + " named none); the generated programs were only compiled "
          + "through the plugin and run twice on the jvm oracle");
    }
    Assumptions.assumeFalse(devices.isEmpty(), "no compiled device to compare with the jvm oracle");
    System.out.println("DifferentialFuzzTest: comparing " + devices + " with the jvm oracle");
    Path log = Files.createDirectories(Path.of("target")).resolve("fuzz-differential.log");
    Files.deleteIfExists(log);
    ByteArrayOutputStream report = new ByteArrayOutputStream();
    // Within the suite's time: one reduction per child, and one dead batch searched for its crashing seeds.
    ForkedBatches.Settings settings = new ForkedBatches.Settings(devices, 25, 150, 1, 1, 0, 60, List.of());
    ForkedBatches forked = new ForkedBatches(settings, new PrintStream(report, true, StandardCharsets.UTF_8),
        ProcessBuilder.Redirect.appendTo(log.toFile()));
    ForkedBatches.Result result = forked.run(FIRST_SEED, PROGRAMS);
    assertTrue(result.clean(), () -> report.toString(StandardCharsets.UTF_8)
        + "\nThe children's reports (mismatches, reduced programs, commands), also in " + log + ":\n" + read(log));
  }

  private static List<String> devicesUnderTest() {
    List<Device> devices = DifferentialHarness.devicesUnderTest();
    List<String> names = devices.stream().map(Device::name).toList();
    devices.forEach(Device::close);
    return names;
  }

  private static String read(Path log) {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
  }
}
