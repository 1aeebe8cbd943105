package dev.geobacter.fuzz;

import dev.geobacter.fuzz.harness.Verdict;

/**
 * A generated program on which a device disagreed with the oracle: the seed, the reduced source,
 * the first difference of the reduced program (both values at the first differing index, or both
 * exceptions), and the command that reproduces the original failure.
 */
public record FailureReport(long seed, String device, Verdict.DeviceMismatch original, String reducedSource,
    Verdict.DeviceMismatch reduced, int reductionAttempts) {

  /** The command that regenerates the program from its seed and runs it on {@code device}. */
  public String reproduceCommand() {
    String deviceArg = device.startsWith(FuzzMain.ORACLE_REPEAT_PREFIX) ? "" : " --device " + device;
    return "mvn -B -o -q -pl fuzz exec:exec -Dfuzz.args=\"--seed " + Long.toUnsignedString(seed) + " --count 1"
        + deviceArg + "\"";
  }

  public String format() {
    StringBuilder text = new StringBuilder();
    text.append("MISMATCH: seed ").append(Long.toUnsignedString(seed)).append(", ").append(original).append('\n');
    if (reducedSource != null) {
      text.append("Reduced program (").append(reductionAttempts).append(" reduction attempts):\n")
          .append(reducedSource);
      text.append("The reduced program: ").append(reduced).append('\n');
    }
    text.append("Reproduce: ").append(reproduceCommand()).append('\n');
    return text.toString();
  }
}
