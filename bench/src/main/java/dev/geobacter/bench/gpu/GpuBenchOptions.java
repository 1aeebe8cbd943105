package dev.geobacter.bench.gpu;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The command line of {@link GpuBench}: {@code [--seed N] [--only NAME,...] [--device cuda:N]}.
 * Without {@code --seed} the seed comes from {@code BENCH_SEED}, as for the CUDA programs, or is
 * drawn at random (and printed, so a run can be repeated).
 */
record GpuBenchOptions(long seed, List<String> parts, String device) {
  /** Selectable parts: the six kernels, then the launch overhead and the compile times. */
  static final List<String> ALL_PARTS;

  static {
    List<String> all = new ArrayList<>(GpuCases.NAMES);
    all.add("launch");
    all.add("compile");
    ALL_PARTS = List.copyOf(all);
  }

  static final String USAGE = "usage: GpuBench [--seed N] [--only PART,...] [--device cuda:N]\n"
      + "  parts: " + String.join(",", ALL_PARTS) + " (default: all)\n"
      + "  the seed defaults to $BENCH_SEED, else a random one (printed on stderr)";

  /** Thrown for a command line that cannot be run; its message says what is wrong. */
  static final class UsageException extends IllegalArgumentException {
    UsageException(String message) {
      super(message + "\n" + USAGE);
    }
  }

  GpuBenchOptions {
    parts = List.copyOf(parts);
  }

  /** The options of {@code args}, or empty for {@code --help}. */
  static Optional<GpuBenchOptions> parse(String[] args, Map<String, String> environment) {
    Long seed = null;
    List<String> parts = ALL_PARTS;
    String device = "cuda:0";
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "-h", "--help" -> {
          return Optional.empty();
        }
        case "--seed" -> seed = parseSeed(value(args, ++i, arg), "--seed");
        case "--only" -> parts = parseParts(value(args, ++i, arg));
        case "--device" -> device = parseDevice(value(args, ++i, arg));
        default -> throw new UsageException("unknown argument '" + arg + "'");
      }
    }
    if (seed == null) {
      String fromEnvironment = environment.get("BENCH_SEED");
      seed = fromEnvironment != null && !fromEnvironment.isBlank()
          ? parseSeed(fromEnvironment.trim(), "BENCH_SEED") : new SplittableRandom().nextLong() >>> 1;
    }
    return Optional.of(new GpuBenchOptions(seed, parts, device));
  }

  boolean runs(String part) {
    return parts.contains(part);
  }

  /** The ordinal of the {@code cuda:N} device. */
  int ordinal() {
    return Integer.parseInt(device.substring("cuda:".length()));
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) throw new UsageException(option + " needs a value");
    return args[index];
  }

  private static long parseSeed(String text, String source) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new UsageException(source + " must be an integer, was '" + text + "'");
    }
  }

  private static List<String> parseParts(String text) {
    LinkedHashSet<String> chosen = new LinkedHashSet<>();
    for (String part : text.split(",")) {
      String name = part.trim();
      if (!ALL_PARTS.contains(name)) throw new UsageException("--only: no part named '" + name + "'");
      chosen.add(name);
    }
    return ALL_PARTS.stream().filter(chosen::contains).toList();
  }

  private static String parseDevice(String text) {
    if (!text.matches("cuda:[0-9]{1,3}")) {
      throw new UsageException("--device must name a CUDA device such as cuda:0, was '" + text + "'");
    }
    return text;
  }
}
