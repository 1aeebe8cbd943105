package dev.geobacter;

import dev.geobacter.rules.Finding;
import java.util.List;

/**
 * A kernel, or code it calls, breaks the kernel rules. Code the javac plugin saw is checked at
 * compile time; this reports code that is only known at run time, typically methods in other jars.
 * The message holds every finding with its rule id, source position and the call chain from the
 * kernel; {@link #findings()} gives them as data.
 */
public class KernelValidationException extends GeobacterException {
  private final transient List<Finding> findings;

  public KernelValidationException(String kernel, List<Finding> findings) {
    super(describe(kernel, findings));
    this.findings = List.copyOf(findings);
  }

  public List<Finding> findings() {
    return findings;
  }

  private static String describe(String kernel, List<Finding> findings) {
    StringBuilder text = new StringBuilder("kernel ").append(kernel).append(" cannot run on a device: ")
        .append(findings.size()).append(findings.size() == 1 ? " problem" : " problems");
    for (Finding finding : findings) text.append("\n\n").append(finding.describe());
    return text.toString();
  }
}
