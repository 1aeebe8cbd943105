package dev.geobacter.rules;

import dev.geobacter.metadata.proto.MethodRef;
import java.util.List;

/**
 * The result of checking a kernel.
 *
 * @param entry the kernel method that was checked
 * @param findings every rule violation, in a deterministic order (methods in {@link #reachable}
 *     order, within a method in tree order)
 * @param reachable the methods with bodies reached from the entry: the entry first, then depth-first
 *     over call sites in tree order, each once. Empty when the entry itself has no body here.
 * @param calls the calls between reachable methods, in the order they were found (intrinsics,
 *     methods without a body and methods checked elsewhere are not included)
 */
public record KernelCheck(MethodRef entry, List<Finding> findings, List<Resolution.Found> reachable,
    List<CallEdge> calls) {

  public KernelCheck {
    findings = List.copyOf(findings);
    reachable = List.copyOf(reachable);
    calls = List.copyOf(calls);
  }

  /** Whether the kernel passed every rule. */
  public boolean ok() {
    return findings.isEmpty();
  }

  /** Every finding in {@link Finding#describe()} form, separated by blank lines. */
  public String describeFindings() {
    StringBuilder text = new StringBuilder();
    for (Finding finding : findings) {
      if (text.length() > 0) text.append("\n\n");
      text.append(finding.describe());
    }
    return text.toString();
  }
}
