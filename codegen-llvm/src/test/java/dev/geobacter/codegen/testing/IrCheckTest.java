package dev.geobacter.codegen.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IrCheckTest {
  private static final String IR = """
      define void @f() {
        %1 = add i32 %a, 1
        %2 = mul i32 %1, 7
        ret void
      }
      """;

  @Test
  void acceptsChecksInOrderWithRegexes() {
    IrCheck.assertMatches("ok", """
        // CHECK: define void @f()
        // CHECK-NOT: sdiv
        // CHECK: mul i32 {{%[0-9]+}}, 7
        """, IR);
  }

  @Test
  void rejectsChecksOutOfOrder() {
    AssertionError e = assertThrows(AssertionError.class, () -> IrCheck.assertMatches("order", """
        // CHECK: mul i32
        // CHECK: add i32
        """, IR));
    assertTrue(e.getMessage().contains("CHECK: add i32 matched no line"), e.getMessage());
  }

  @Test
  void rejectsAForbiddenLineBetweenChecks() {
    AssertionError e = assertThrows(AssertionError.class, () -> IrCheck.assertMatches("not", """
        // CHECK: define
        // CHECK-NOT: add i32
        // CHECK: ret void
        """, IR));
    assertTrue(e.getMessage().contains("CHECK-NOT: add i32 matched line 2"), e.getMessage());
  }
}
