package dev.geobacter.samples;

import dev.geobacter.Device;

/** Command-line handling and reporting shared by the samples. */
final class SampleSupport {
  private SampleSupport() {}

  /** {@code [--device NAME] [--out FILE] [SIZE]}. */
  record Options(String deviceName, String outputFile, int size) {
    Device device() {
      return deviceName == null ? Device.best() : Device.byName(deviceName);
    }

    String output(String fallback) {
      return outputFile == null ? fallback : outputFile;
    }
  }

  static Options parse(String[] args, int defaultSize) {
    String device = null;
    String out = null;
    int size = defaultSize;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--device" -> device = value(args, ++i, "--device");
        case "--out" -> out = value(args, ++i, "--out");
        default -> size = Integer.parseInt(args[i]);
      }
    }
    return new Options(device, out, size);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
    return args[i];
  }

  static int mismatches(float[] expected, float[] actual) {
    int wrong = 0;
    for (int i = 0; i < expected.length; i++) {
      if (Float.floatToIntBits(expected[i]) != Float.floatToIntBits(actual[i])) wrong++;
    }
    return wrong;
  }

  static int mismatches(int[] expected, int[] actual) {
    int wrong = 0;
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] != actual[i]) wrong++;
    }
    return wrong;
  }

  /** Prints what ran where; a result that differs from plain Java ends the program with status 1. */
  static void report(String sample, Device device, String what, long startNanos, int wrong) {
    double millis = (System.nanoTime() - startNanos) / 1e6;
    System.out.printf("%s: %s on device '%s' in %.1f ms (first launch, compile included); %s%n", sample, what,
        device.name(), millis, wrong == 0 ? "matches plain Java exactly" : wrong + " results DIFFER from plain Java");
    if (wrong != 0) System.exit(1);
  }
}
