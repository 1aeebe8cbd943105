package dev.geobacter.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.geobacter.metadata.proto.MethodInfo;
import java.util.List;

/** Shorthands for running the checker on methods built with {@link Trees}. */
final class Checking {
  private Checking() {}

  /** Checks {@code kernel}, with {@code helpers} also available to it. */
  static KernelCheck check(MethodInfo kernel, MethodInfo... helpers) {
    return KernelRules.check(Trees.ref(kernel), TestSource.of(helpers).add(kernel));
  }

  static List<Rule> rules(KernelCheck check) {
    return check.findings().stream().map(Finding::rule).toList();
  }

  /** Asserts exactly one finding, of {@code rule}, and returns it. */
  static Finding single(Rule rule, KernelCheck check) {
    assertEquals(List.of(rule), rules(check), check::describeFindings);
    return check.findings().get(0);
  }

  static void assertClean(KernelCheck check) {
    assertEquals(List.of(), rules(check), check::describeFindings);
  }
}
