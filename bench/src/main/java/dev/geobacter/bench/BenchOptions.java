package dev.geobacter.bench;

import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The command line of {@link BenchMain}: JMH's own options, plus {@value #QUICK} for a short smoke
 * run. Whatever the command line sets wins over the quick settings, which win over the benchmarks'
 * annotations (one fork, 3 warm-up and 5 measured iterations of 2 s each).
 */
final class BenchOptions {
  static final String QUICK = "--quick";

  private final boolean quick;
  private final CommandLineOptions commandLine;

  private BenchOptions(boolean quick, CommandLineOptions commandLine) {
    this.quick = quick;
    this.commandLine = commandLine;
  }

  static BenchOptions parse(String... args) throws CommandLineOptionException {
    boolean quick = false;
    List<String> jmhArgs = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals(QUICK)) {
        quick = true;
      } else {
        jmhArgs.add(arg);
      }
    }
    return new BenchOptions(quick, new CommandLineOptions(jmhArgs.toArray(String[]::new)));
  }

  boolean quick() {
    return quick;
  }

  /** True when the command line asks for help or a listing, which JMH's own main prints. */
  boolean onlyInformation() {
    return commandLine.shouldHelp() || commandLine.shouldList() || commandLine.shouldListWithParams()
        || commandLine.shouldListProfilers() || commandLine.shouldListResultFormats();
  }

  Options options() {
    OptionsBuilder builder = new OptionsBuilder();
    builder.parent(commandLine);
    if (quick) {
      // The builder's own values win over its parent's, so set only what the command line leaves open.
      if (!commandLine.getWarmupIterations().hasValue()) builder.warmupIterations(1);
      if (!commandLine.getWarmupTime().hasValue()) builder.warmupTime(TimeValue.seconds(1));
      if (!commandLine.getMeasurementIterations().hasValue()) builder.measurementIterations(1);
      if (!commandLine.getMeasurementTime().hasValue()) builder.measurementTime(TimeValue.seconds(1));
      if (!commandLine.getForkCount().hasValue()) builder.forks(1);
    }
    List<String> forkArgs = forkJvmArgs(Runtime.version().feature());
    if (!forkArgs.isEmpty() && !commandLine.getJvmArgsAppend().hasValue()) {
      builder.jvmArgsAppend(forkArgs.toArray(String[]::new));
    }
    return builder.build();
  }

  /** What forks on JDK {@code feature} need so that they neither warn nor fail. */
  static List<String> forkJvmArgs(int feature) {
    List<String> args = new ArrayList<>();
    // The backends call native code (LLVM, the CUDA driver): say so rather than warn in every fork.
    if (feature >= 22) args.add("--enable-native-access=ALL-UNNAMED");
    // JMH 1.37 reads field offsets with sun.misc.Unsafe, which warns from JDK 24 on.
    if (feature >= 24) args.add("--sun-misc-unsafe-memory-access=allow");
    return args;
  }
}
