package dev.geobacter.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Device;
import dev.geobacter.Grid;
import dev.geobacter.KernelInstance;
import dev.geobacter.fuzz.ast.Program;
import dev.geobacter.fuzz.gen.ProgramGenerator;
import dev.geobacter.fuzz.harness.DifferentialHarness;
import dev.geobacter.fuzz.harness.Launcher;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The whole failure path on a device with a planted bug: the session notices the mismatch,
 * reduces the program while the same mismatch persists, and reports seed, reduced source, both
 * values at the first differing index and the command that reproduces it.
 */
class FailureReductionTest {
  /** Runs kernels on the jvm, then gets the first element of the last float[] argument's sign wrong. */
  static final class SignFlippingDevice extends Device {
    private final Device jvm = Device.byName("jvm");

    @Override
    public String name() {
      return "sign-flipper";
    }

    @Override
    protected void run(KernelInstance<?> kernel, Grid grid, Object[] args) {
      try {
        Launcher.launchNow(jvm, kernel, grid, args);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
      for (int k = args.length - 1; k >= 0; k--) {
        if (args[k] instanceof float[] floats) {
          floats[0] = -floats[0];
          return;
        }
      }
    }
  }

  @Test
  void aMismatchIsReducedAndReportedWithItsReproduction() {
    long seed = firstSeedWithAFloatOutputThatCompletes();
    StringBuilder log = new StringBuilder();
    try (DifferentialHarness harness = new DifferentialHarness(List.of(new SignFlippingDevice()), 60)) {
      FuzzSession session = new FuzzSession(harness, 1, 300, 1, line -> log.append(line).append('\n'));
      FuzzSession.Summary summary = session.run(seed, 1);
      assertEquals(1, summary.failures().size(), log::toString);
      FailureReport report = summary.failures().get(0);
      assertEquals(seed, report.seed());
      assertEquals("sign-flipper", report.device());
      assertNotNull(report.reducedSource());
      String original = ProgramGenerator.generate(seed).source();
      assertTrue(report.reducedSource().length() < original.length() / 2,
          "the reduction kept too much:\n" + report.reducedSource());
      assertTrue(report.reduced().mismatch().where().matches("argument \\d+ \\(float\\[\\]\\)\\[0\\]"),
          report.reduced().toString());
      assertTrue(report.reproduceCommand().contains("--seed " + seed + " --count 1 --device sign-flipper"),
          report.reproduceCommand());
      String text = report.format();
      assertTrue(text.contains("expected: ") && text.contains("actual:   "), text);
      assertTrue(text.contains("public final class " + ProgramGenerator.className(seed)), text);
    }
  }

  /** A seed whose kernel writes a float[] and completes on the jvm (so values are compared). */
  private static long firstSeedWithAFloatOutputThatCompletes() {
    List<Long> candidates = new ArrayList<>();
    for (long seed = 500; candidates.size() < 20; seed++) {
      Program program = ProgramGenerator.generate(seed);
      boolean floatOutput = program.kernel().params().stream()
          .anyMatch(p -> p.array() && p.name().startsWith("out") && p.type() == dev.geobacter.fuzz.ast.JType.FLOAT);
      if (floatOutput) candidates.add(seed);
    }
    try (DifferentialHarness harness = new DifferentialHarness(List.of(), 60)) {
      for (long seed : candidates) {
        Program program = ProgramGenerator.generate(seed);
        var verdicts = harness.check(java.util.Map.of(program.binaryName(), program.source()),
            java.util.Map.of(program.binaryName(), seed), 1, true);
        if (!verdicts.get(program.binaryName()).oracleThrew()) return seed;
      }
    }
    throw new AssertionError("no seed among " + candidates + " completes with a float output");
  }
}
