package dev.geobacter.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MethodKeyTest {
  @Test
  void symbolsUseOnlyCharactersEveryTargetAccepts() {
    String symbol = new MethodKey("pkg.Outer$Inner", "run_it", "([FLjava/lang/String;)V").symbol();
    assertEquals("pkg_dOuter_DInner_drun__it_l_aFLjava_slang_sString_e_rV", symbol);
    assertTrue(symbol.matches("[A-Za-z0-9_]+"), symbol);
  }

  @Test
  void distinctMethodsGetDistinctSymbols() {
    assertNotEquals(new MethodKey("a.B", "c_d", "()V").symbol(), new MethodKey("a.B", "c.d", "()V").symbol());
    assertNotEquals(new MethodKey("a", "b_d", "()V").symbol(), new MethodKey("a_d", "b", "()V").symbol());
    assertNotEquals(new MethodKey("A", "x\u00e9", "()V").symbol(), new MethodKey("A", "x", "()V").symbol());
  }
}
