package dev.geobacter.cuda.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The JIT log options as the driver sees them, and reading back what it wrote. */
class JitLogTest {
  @Test
  void optionsPairEachLogBufferWithItsSize() {
    JitLog log = new JitLog();
    assertEquals(5, log.count());
    int[] options = log.options().getIntArray(0, 5);
    assertEquals(3, options[0], "CU_JIT_INFO_LOG_BUFFER");
    assertEquals(4, options[1], "CU_JIT_INFO_LOG_BUFFER_SIZE_BYTES");
    assertEquals(5, options[2], "CU_JIT_ERROR_LOG_BUFFER");
    assertEquals(6, options[3], "CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES");
    assertEquals(12, options[4], "CU_JIT_LOG_VERBOSE");
    assertEquals(16 * 1024, log.values().getLong(8));
    assertEquals(1, log.values().getLong(32));
    assertEquals("", log.errorLog(), "nothing written yet");
  }

  @Test
  void readsWhatTheDriverWroteAndReportedAsWritten() {
    JitLog log = new JitLog();
    byte[] text = "ptxas application ptx input, line 7; error   : Unknown symbol '%r1'\0".getBytes(StandardCharsets.UTF_8);
    Pointer errorBuffer = log.values().getPointer(16);
    errorBuffer.write(0, text, 0, text.length);
    log.values().setLong(24, text.length);
    assertEquals("ptxas application ptx input, line 7; error   : Unknown symbol '%r1'", log.errorLog());
    Pointer infoBuffer = log.values().getPointer(0);
    infoBuffer.write(0, "info\0".getBytes(StandardCharsets.UTF_8), 0, 5);
    log.values().setLong(8, 5);
    assertEquals("info", log.infoLog());
  }
}
