package dev.geobacter.rules;

import static dev.geobacter.rules.Trees.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.geobacter.metadata.proto.MethodRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTest {
  private static final MethodRef KERNEL = ref("app.K", "kernel", "([F)V");
  private static final MethodRef HELPER = ref("lib.Helpers", "f", "(F)F");

  @Test
  void describeGivesTheDriversMultiLineForm() {
    Finding finding = new Finding(Rule.OBJECT_ALLOCATION,
        "object allocation is not supported in kernel code: new Point(...)", HELPER, "Helpers.java", 12, 5,
        List.of(KERNEL, HELPER));
    assertEquals("[GB101] object allocation is not supported in kernel code: new Point(...)\n"
        + "    at lib.Helpers.f(Helpers.java:12)\n"
        + "    reached from kernel app.K.kernel -> lib.Helpers.f", finding.describe());
    assertEquals(finding.describe(), finding.toString());
  }

  @Test
  void findingInTheKernelItselfNamesTheKernel() {
    Finding finding = new Finding(Rule.STRING, "strings are not supported in kernel code: \"x\"", KERNEL, "K.java",
        7, 9, List.of(KERNEL));
    assertEquals("[GB120] strings are not supported in kernel code: \"x\"\n"
        + "    at app.K.kernel(K.java:7)\n"
        + "    in kernel app.K.kernel", finding.describe());
  }

  @Test
  void unknownPositionReadsLikeAStackTrace() {
    Finding finding = new Finding(Rule.MISSING_METHOD, "no sidecar", KERNEL, null, 0, 0, List.of(KERNEL));
    assertEquals("app.K.kernel(Unknown Source)", finding.location());
    assertEquals("", finding.sourceFile());
  }

  @Test
  void ruleIdsAreStableAndUnique() {
    assertEquals("GB101", Rule.OBJECT_ALLOCATION.id());
    assertEquals("GB120", Rule.STRING.id());
    assertEquals("GB133", Rule.RECURSION.id());
    assertEquals("GB142", Rule.KERNEL_PARAMETER.id());
    assertEquals("GB150", Rule.DIMENSION_ARGUMENT.id());
    assertEquals("GB190", Rule.MALFORMED_TREE.id());
    for (Rule rule : Rule.values()) {
      assertEquals(rule, Rule.byId(rule.id()));
    }
    assertEquals(Rule.values().length,
        java.util.Arrays.stream(Rule.values()).map(Rule::id).distinct().count());
  }
}
