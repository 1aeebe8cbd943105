package dev.geobacter.fuzz;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs batches of seeds in child JVMs. A compiled device can take the whole process down (LLVM
 * reports some internal errors by exiting); then the batch's seeds are rerun one per child to find
 * the seeds that crash, and each is reduced (in child JVMs too) and reported with the command that
 * reproduces it. The children print their own mismatch reports.
 */
public final class ForkedBatches {
  private final Settings settings;
  private final ChildJvm children;
  private final PrintStream out;
  private final ProcessBuilder.Redirect childOutput;

  /**
   * How a forked run works.
   *
   * @param devices the devices each child compares (none: the children's default, every compiled device)
   * @param reduceAttempts and {@code maxReductions}: what each child may spend reducing mismatches
   * @param crashSearches how many batches that died are searched for their crashing seeds (one child
   *     per seed); later ones are only reported
   * @param crashReductionAttempts candidates tried per crashing seed, each in its own child (0: none)
   * @param jvmOptions options for the children's JVMs besides this JVM's own ({@code -Dkey=value})
   */
  public record Settings(List<String> devices, int batch, int reduceAttempts, int maxReductions, int crashSearches,
      int crashReductionAttempts, long timeoutSeconds, List<String> jvmOptions) {
    public Settings {
      devices = List.copyOf(devices);
      jvmOptions = List.copyOf(jvmOptions);
    }
  }

  /** @param out where this class reports crashes; {@code childOutput} where the children write */
  public ForkedBatches(Settings settings, PrintStream out, ProcessBuilder.Redirect childOutput) {
    this.settings = settings;
    this.out = out;
    this.childOutput = childOutput;
    this.children = new ChildJvm(settings.jvmOptions(), List.of("--reduce-attempts", Integer.toString(settings.reduceAttempts()),
        "--max-reductions", Integer.toString(settings.maxReductions()),
        "--timeout", Long.toString(settings.timeoutSeconds())));
  }

  /** What a forked run found: batches whose child reported mismatches, and seeds that kill the process. */
  public record Result(int failedBatches, List<Long> crashingSeeds) {
    public boolean clean() {
      return failedBatches == 0 && crashingSeeds.isEmpty();
    }
  }

  public Result run(long firstSeed, int count) {
    int failedBatches = 0;
    int searches = 0;
    List<Long> crashes = new ArrayList<>();
    for (long start = 0; start < count; start += settings.batch()) {
      long first = firstSeed + start;
      int size = (int) Math.min(settings.batch(), count - start);
      int status = seeds(first, size);
      if (status == FuzzMain.EXIT_MISMATCH) failedBatches++;
      if (!ChildJvm.died(status)) continue;
      String range = Long.toUnsignedString(first) + " .. " + Long.toUnsignedString(first + size - 1);
      if (searches++ >= settings.crashSearches()) {
        failedBatches++;
        out.println("The process running seeds " + range + " died (exit status " + status + "); not searched");
        continue;
      }
      out.println("The process running seeds " + range + " died (exit status " + status + "); finding the seed");
      for (int k = 0; k < size; k++) {
        int single = seeds(first + k, 1);
        if (single == FuzzMain.EXIT_MISMATCH) failedBatches++;
        if (ChildJvm.died(single)) {
          crashes.add(first + k);
          report(first + k, single);
        }
      }
    }
    out.printf("Forked run of %d programs: %d batches with mismatches, %d crashing seeds %s%n", count,
        failedBatches, crashes.size(), crashes.stream().map(Long::toUnsignedString).toList());
    return new Result(failedBatches, crashes);
  }

  private int seeds(long first, int size) {
    return children.run(List.of("--seed", Long.toUnsignedString(first), "--count", Integer.toString(size),
        "--batch", Integer.toString(size)), settings.devices(), childOutput);
  }

  private void report(long seed, int status) {
    StringBuilder deviceArgs = new StringBuilder();
    for (String device : settings.devices()) deviceArgs.append(" --device ").append(device);
    String reduced = settings.crashReductionAttempts() <= 0 ? null
        : new CrashReducer(children, settings.devices(), settings.crashReductionAttempts()).reduce(seed);
    out.println("CRASH: seed " + Long.toUnsignedString(seed) + " kills the process (exit status " + status + ")."
        + (reduced == null ? "" : " Reduced program (the child dies on it too):\n" + reduced)
        + "\nReproduce: mvn -B -o -q -pl fuzz exec:exec -Dfuzz.args=\"--seed " + Long.toUnsignedString(seed)
        + " --count 1" + deviceArgs + "\"");
  }
}
