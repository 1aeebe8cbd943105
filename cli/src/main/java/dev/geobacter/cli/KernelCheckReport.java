package dev.geobacter.cli;

import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.rules.Descriptors;
import dev.geobacter.rules.Finding;
import dev.geobacter.rules.KernelCheck;
import dev.geobacter.rules.KernelRules;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code list --check}: runs the shared kernel rules on each kernel against the given sidecars and
 * prints, per kernel, {@code ok}, its findings, and what could not be checked because it lives in
 * classes outside the given jars and directories.
 */
final class KernelCheckReport {
  private final SidecarIndex index;
  private final PrintWriter out;

  KernelCheckReport(SidecarIndex index, PrintWriter out) {
    this.index = index;
    this.out = out;
  }

  /** Checks and reports every kernel; returns how many findings there were in all. */
  int report(Collection<MethodRef> kernels) {
    int findings = 0;
    for (MethodRef kernel : kernels) findings += report(kernel);
    return findings;
  }

  private int report(MethodRef kernel) {
    String name = "check " + Descriptors.describe(kernel) + ": ";
    if (index.sidecarOf(kernel.getOwner()).isEmpty()) {
      out.println(name + "not checked: its class " + kernel.getOwner() + " is not in the given jars or directories");
      return 0;
    }
    SidecarMethodSource source = new SidecarMethodSource(index);
    KernelCheck check = KernelRules.check(kernel, source);
    List<MethodRef> elsewhere = source.elsewhere();
    String notChecked = elsewhere.isEmpty() ? "" : "not checked: " + elsewhere.stream().map(Descriptors::describe)
        .collect(Collectors.joining(", ")) + " (in classes not in the given jars or directories)";
    if (check.ok()) {
      out.println(name + (elsewhere.isEmpty() ? "ok" : "ok as far as checked; " + notChecked));
      return 0;
    }
    int count = check.findings().size();
    out.println(name + count + (count == 1 ? " finding" : " findings"));
    for (Finding finding : check.findings()) {
      out.println("    " + finding.describe().replace("\n", "\n    "));
    }
    if (!elsewhere.isEmpty()) out.println("    " + notChecked);
    return count;
  }
}
