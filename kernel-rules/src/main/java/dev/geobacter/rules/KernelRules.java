package dev.geobacter.rules;

import dev.geobacter.metadata.proto.MethodRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one entry point of the kernel checker, shared by the javac plugin (findings become javac
 * errors at their line and column) and the driver (findings become an exception naming the call
 * chain). Both therefore report the same rule ids with the same messages.
 */
public final class KernelRules {
  private KernelRules() {}

  /**
   * Checks the kernel {@code entry} and every method it reaches. {@code source} is asked at most
   * once per called method, never for an {@linkplain Intrinsics intrinsic}.
   */
  public static KernelCheck check(MethodRef entry, MethodSource source) {
    return new CallGraphWalker(entry, source).walk();
  }

  /**
   * The findings of several kernels with each code site once: a helper shared by two kernels is one
   * javac error, not two. The first finding for a site is kept (with its kernel's chain); order is
   * otherwise preserved. A site is the rule, the method, the position and the message.
   */
  public static List<Finding> distinctFindings(Collection<KernelCheck> checks) {
    record Site(Rule rule, MethodRef method, int line, int column, String message) {}
    Set<Site> seen = new HashSet<>();
    List<Finding> distinct = new ArrayList<>();
    for (KernelCheck check : checks) {
      for (Finding finding : check.findings()) {
        Site site = new Site(finding.rule(), finding.method(), finding.line(), finding.column(), finding.message());
        if (seen.add(site)) distinct.add(finding);
      }
    }
    return distinct;
  }
}
