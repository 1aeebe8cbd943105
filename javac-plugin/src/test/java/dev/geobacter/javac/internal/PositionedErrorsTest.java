package dev.geobacter.javac.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Line and column back to an offset, with javac's tab expansion. */
class PositionedErrorsTest {
  @Test
  void firstLineAndColumn() {
    assertEquals(0, PositionedErrors.offsetOf("abc\ndef", 1, 1));
    assertEquals(2, PositionedErrors.offsetOf("abc\ndef", 1, 3));
  }

  @Test
  void laterLinesWithLfAndCrLf() {
    assertEquals(5, PositionedErrors.offsetOf("abc\ndef", 2, 2));
    assertEquals(6, PositionedErrors.offsetOf("abc\r\ndef", 2, 2));
    assertEquals(4, PositionedErrors.offsetOf("abc\rdef", 2, 1));
  }

  @Test
  void tabsExpandToTheNextMultipleOfEight() {
    // "\t\tx": the tabs take columns 1-8 and 9-16, x is at column 17
    assertEquals(2, PositionedErrors.offsetOf("\t\tx", 1, 17));
    // "ab\tx": the tab takes columns 3-8, x is at column 9
    assertEquals(3, PositionedErrors.offsetOf("ab\tx", 1, 9));
  }

  @Test
  void pastTheEndIsUnknown() {
    assertEquals(-1, PositionedErrors.offsetOf("abc", 3, 1));
  }
}
