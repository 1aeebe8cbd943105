package dev.geobacter.fuzz;

import dev.geobacter.Device;
import dev.geobacter.fuzz.harness.CompilationFailedException;
import dev.geobacter.fuzz.harness.DifferentialHarness;
import dev.geobacter.fuzz.harness.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The long-running fuzzer: generated programs on the compiled devices against the jvm oracle.
 *
 * <pre>
 * FuzzMain [--seed S] [--count N] [--device NAME]... [--batch B] [--reduce-attempts R] [--max-reductions M]
 *          [--timeout SECONDS] [--fork]
 * FuzzMain --source File.java...      (run kernel classes in the corpus shape instead)
 * </pre>
 *
 * Exit status: 0 when every device agreed, {@value #EXIT_MISMATCH} on a mismatch (or a crash found with
 * {@code --fork}), {@value #EXIT_COMPILATION_FAILED} when a kernel class did not compile cleanly, 2 on
 * a usage error. Any other status means the process died, e.g. LLVM reported a fatal error (it exits
 * with status 1).
 */
public final class FuzzMain {
  /** How the oracle's second run is named in mismatches (it must agree with its first). */
  static final String ORACLE_REPEAT_PREFIX = DifferentialHarness.ORACLE + " (";
  static final int EXIT_MISMATCH = 3;
  /** javac or the plugin rejected a kernel class (for a generated one: a generator bug). */
  static final int EXIT_COMPILATION_FAILED = 4;
  /** Candidates tried per crashing seed with --fork: each costs a JVM start. */
  static final int CRASH_REDUCTION_ATTEMPTS = 150;

  private FuzzMain() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    System.exit(run(options));
  }

  static int run(Options options) {
    if (options.fork() && options.sources().isEmpty()) {
      ForkedBatches.Settings settings = new ForkedBatches.Settings(options.devices(), options.batch(),
          options.reduceAttempts(), options.maxReductions(), Integer.MAX_VALUE, CRASH_REDUCTION_ATTEMPTS,
          options.timeoutSeconds(), List.of());
      ForkedBatches forked = new ForkedBatches(settings, System.out, ProcessBuilder.Redirect.INHERIT);
      return forked.run(options.seed(), options.count()).clean() ? 0 : EXIT_MISMATCH;
    }
    List<Device> devices = options.devices().isEmpty() ? DifferentialHarness.compiledDevices()
        : options.devices().stream().map(Device::byName).toList();
    try (DifferentialHarness harness = new DifferentialHarness(devices, options.timeoutSeconds())) {
      if (harness.deviceNames().isEmpty()) {
        System.out.println("No compiled device present: no compiled device is compared; checking that every "
            + "program compiles cleanly and that the jvm oracle repeats itself.");
      } else {
        System.out.println("Comparing " + harness.deviceNames() + " against the jvm oracle.");
      }
      return options.sources().isEmpty() ? generated(harness, options) : sources(harness, options.sources());
    } catch (CompilationFailedException e) {
      System.out.println(e.getMessage());
      return EXIT_COMPILATION_FAILED;
    }
  }

  private static int generated(DifferentialHarness harness, Options options) {
    System.out.println("Seeds " + Long.toUnsignedString(options.seed()) + " .. "
        + Long.toUnsignedString(options.seed() + options.count() - 1));
    FuzzSession session = new FuzzSession(harness, options.batch(), options.reduceAttempts(), options.maxReductions(),
        System.out::println);
    long start = System.nanoTime();
    FuzzSession.Summary summary = session.run(options.seed(), options.count());
    System.out.printf("%d programs (%d raised an exception on the oracle) on %s in %.1f s: %d mismatches%n",
        summary.programs(), summary.oracleExceptions(), summary.devices(), (System.nanoTime() - start) / 1e9,
        summary.failures().size());
    return summary.failures().isEmpty() ? 0 : EXIT_MISMATCH;
  }

  private static int sources(DifferentialHarness harness, List<Path> files) {
    Map<String, String> sources = new LinkedHashMap<>();
    Map<String, Long> seeds = new LinkedHashMap<>();
    for (Path file : files) {
      CorpusFile corpus = CorpusFile.read(file);
      sources.put(corpus.binaryName(), corpus.source());
      seeds.put(corpus.binaryName(), corpus.inputSeed());
    }
    int failures = 0;
    for (Map.Entry<String, Verdict> entry : harness.check(sources, seeds, 4, false).entrySet()) {
      for (Verdict.DeviceMismatch mismatch : entry.getValue().mismatches()) {
        System.out.println("MISMATCH: " + entry.getKey() + ": " + mismatch);
        failures++;
      }
    }
    System.out.println(files.size() + " kernel classes: " + failures + " mismatches");
    return failures == 0 ? 0 : EXIT_MISMATCH;
  }

  /** Parsed command line. */
  record Options(long seed, int count, List<String> devices, int batch, int reduceAttempts, int maxReductions,
      long timeoutSeconds, List<Path> sources, boolean fork) {
    static final String USAGE = "usage: FuzzMain [--seed S] [--count N] [--device NAME]... [--batch B] "
        + "[--reduce-attempts R] [--max-reductions M] [--timeout SECONDS] [--fork] | --source File.java...";

    static Options parse(String[] args) {
      long seed = System.nanoTime();
      int count = 100;
      int batch = 20;
      int reduceAttempts = 2000;
      int maxReductions = 10;
      long timeout = 60;
      List<String> devices = new ArrayList<>();
      List<Path> sources = new ArrayList<>();
      boolean fork = false;
      for (int k = 0; k < args.length; k++) {
        String arg = args[k];
        if (arg.equals("--fork")) {
          fork = true;
          continue;
        }
        if (arg.equals("--source")) {
          while (k + 1 < args.length && !args[k + 1].startsWith("--")) sources.add(Path.of(args[++k]));
          continue;
        }
        if (k + 1 >= args.length) throw new IllegalArgumentException(arg + " needs a value");
        String value = args[++k];
        switch (arg) {
          case "--seed" -> seed = parseSeed(value);
          case "--count" -> count = positive(arg, value);
          case "--device" -> devices.add(value);
          case "--batch" -> batch = positive(arg, value);
          case "--reduce-attempts" -> reduceAttempts = Integer.parseInt(value);
          case "--max-reductions" -> maxReductions = Integer.parseInt(value);
          case "--timeout" -> timeout = positive(arg, value);
          default -> throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      return new Options(seed, count, devices, batch, reduceAttempts, maxReductions, timeout, sources, fork);
    }

    /** Unsigned decimal, or hexadecimal with 0x (as program class names show seeds). */
    static long parseSeed(String value) {
      try {
        return value.startsWith("0x") ? Long.parseUnsignedLong(value.substring(2), 16) : Long.parseUnsignedLong(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("--seed takes an unsigned decimal or 0x-hexadecimal number, not " + value);
      }
    }

    private static int positive(String option, String value) {
      try {
        int n = Integer.parseInt(value);
        if (n > 0) return n;
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new IllegalArgumentException(option + " takes a positive number, not " + value);
    }
  }
}
