package dev.geobacter.fuzz;

import dev.geobacter.fuzz.ast.Program;
import dev.geobacter.fuzz.gen.ProgramGenerator;
import dev.geobacter.fuzz.harness.CompilationFailedException;
import dev.geobacter.fuzz.harness.DifferentialHarness;
import dev.geobacter.fuzz.harness.Verdict;
import dev.geobacter.fuzz.reduce.Reducer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Generates programs for consecutive seeds, checks them in batches (one javac call per batch), and
 * reduces each program a device disagrees on. A program the plugin rejects, or compiles with any
 * diagnostic, is a generator bug and stops the session with the diagnostics.
 */
public final class FuzzSession {
  private final DifferentialHarness harness;
  private final int batchSize;
  private final int maxReductionAttempts;
  private final int maxReductions;
  private final Consumer<String> log;
  private int reductions;

  /**
   * @param maxReductionAttempts candidates the reducer may try per failure (0: report failures unreduced)
   * @param maxReductions failures to reduce; later ones are reported unreduced (a badly broken device
   *     fails most programs, and the first few reductions say what is wrong)
   */
  public FuzzSession(DifferentialHarness harness, int batchSize, int maxReductionAttempts, int maxReductions,
      Consumer<String> log) {
    this.harness = harness;
    this.batchSize = batchSize;
    this.maxReductionAttempts = maxReductionAttempts;
    this.maxReductions = maxReductions;
    this.log = log;
  }

  /** What a session found. */
  public record Summary(int programs, int oracleExceptions, List<String> devices, List<FailureReport> failures) {}

  /** Checks the programs of seeds {@code firstSeed .. firstSeed + count - 1}. */
  public Summary run(long firstSeed, int count) {
    int oracleExceptions = 0;
    List<FailureReport> failures = new ArrayList<>();
    for (int start = 0; start < count; start += batchSize) {
      Map<String, Program> programs = new LinkedHashMap<>();
      for (int k = start; k < Math.min(count, start + batchSize); k++) {
        Program program = ProgramGenerator.generate(firstSeed + k);
        programs.put(program.binaryName(), program);
      }
      Map<String, Verdict> verdicts = harness.check(sources(programs), seeds(programs), 1, true);
      for (Map.Entry<String, Verdict> entry : verdicts.entrySet()) {
        Verdict verdict = entry.getValue();
        if (verdict.oracleThrew()) oracleExceptions++;
        for (Verdict.DeviceMismatch mismatch : verdict.mismatches()) {
          FailureReport report = report(programs.get(entry.getKey()), mismatch);
          log.accept(report.format());
          failures.add(report);
        }
      }
      log.accept(String.format("checked %d of %d programs; %d failures", Math.min(count, start + batchSize), count,
          failures.size()));
    }
    return new Summary(count, oracleExceptions, harness.deviceNames(), failures);
  }

  private FailureReport report(Program program, Verdict.DeviceMismatch original) {
    if (maxReductionAttempts <= 0 || reductions >= maxReductions) {
      return new FailureReport(program.seed(), original.device(), original, null, null, 0);
    }
    reductions++;
    Verdict.DeviceMismatch[] last = {original};
    Reducer reducer = new Reducer(candidate -> {
      Verdict.DeviceMismatch same = sameFailure(candidate, original);
      if (same != null) last[0] = same;
      return same != null;
    }, maxReductionAttempts);
    Program reduced = reducer.reduce(program);
    return new FailureReport(program.seed(), original.device(), original, reduced.source(), last[0],
        reducer.attempts());
  }

  /** The candidate's mismatch on the same device and of the same kind, or null. */
  private Verdict.DeviceMismatch sameFailure(Program candidate, Verdict.DeviceMismatch original) {
    Map<String, Verdict> verdicts;
    try {
      verdicts = harness.check(Map.of(candidate.binaryName(), candidate.source()),
          Map.of(candidate.binaryName(), candidate.seed()), 1, false);
    } catch (CompilationFailedException e) {
      return null;
    }
    for (Verdict.DeviceMismatch m : verdicts.get(candidate.binaryName()).mismatches()) {
      if (m.device().equals(original.device()) && kind(m).equals(kind(original))) return m;
    }
    return null;
  }

  /**
   * What differs, without the details: {@code argument} for any result value, else the place and
   * the first line of both sides with numbers blanked (exception classes and messages, a refused
   * method's name), so a reduction never drifts from one bug to another.
   */
  private static String kind(Verdict.DeviceMismatch m) {
    String where = m.mismatch().where();
    if (where.startsWith("argument")) return "argument";
    return where + " | " + shape(m.mismatch().expected()) + " | " + shape(m.mismatch().actual());
  }

  /** {@code java.lang.ArithmeticException: / by zero at K.k(K.java:#)}: first line, digits blanked. */
  private static String shape(String text) {
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).replaceAll("[0-9]+", "#");
  }

  private static Map<String, String> sources(Map<String, Program> programs) {
    Map<String, String> sources = new LinkedHashMap<>();
    programs.forEach((name, program) -> sources.put(name, program.source()));
    return sources;
  }

  private static Map<String, Long> seeds(Map<String, Program> programs) {
    Map<String, Long> seeds = new LinkedHashMap<>();
    programs.forEach((name, program) -> seeds.put(name, program.seed()));
    return seeds;
  }
}
