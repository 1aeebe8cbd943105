package dev.geobacter.bench;

import java.util.Arrays;
import org.openjdk.jmh.Main;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptionException;

/**
 * {@code java -jar bench/target/benchmarks.jar [--quick] [JMH options] [benchmark regexp...]}.
 *
 * <p>Runs every benchmark (or those matching the regexps) with the defaults of their annotations;
 * {@code --quick} makes it a smoke run of one short iteration each. Devices are a JMH parameter:
 * {@code -p device=jvm,host}; sizes too, e.g. {@code -p n=1024}. {@code -h} lists JMH's options.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (CommandLineOptionException e) {
      System.err.println("error: " + e.getMessage() + " (-h lists the options)");
      System.exit(2);
      return;
    }
    if (options.onlyInformation()) {
      System.out.println("Geobacter benchmarks. Besides JMH's options: " + BenchOptions.QUICK
          + " runs one short iteration of each benchmark.");
      Main.main(withoutQuick(args));
      return;
    }
    new Runner(options.options()).run();
  }

  private static String[] withoutQuick(String[] args) {
    return Arrays.stream(args).filter(arg -> !arg.equals(BenchOptions.QUICK)).toArray(String[]::new);
  }
}
