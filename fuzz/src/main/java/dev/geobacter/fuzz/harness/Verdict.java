package dev.geobacter.fuzz.harness;

import java.util.List;

/**
 * The result of one kernel run on the oracle (twice) and on every device under test.
 *
 * @param oracle the oracle's first outcome
 * @param mismatches every device (or the oracle's second run) that disagreed, with the first difference
 */
public record Verdict(String binaryName, long inputSeed, Outcome oracle, List<DeviceMismatch> mismatches) {
  public Verdict {
    mismatches = List.copyOf(mismatches);
  }

  public record DeviceMismatch(String device, Mismatch mismatch) {
    @Override
    public String toString() {
      return device + " differs from the oracle in " + mismatch;
    }
  }

  public boolean agrees() {
    return mismatches.isEmpty();
  }

  public boolean oracleThrew() {
    return oracle instanceof Outcome.Threw;
  }
}
