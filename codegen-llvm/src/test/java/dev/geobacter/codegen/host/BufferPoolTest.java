package dev.geobacter.codegen.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.sun.jna.Memory;
import org.junit.jupiter.api.Test;

class BufferPoolTest {
  @Test
  void aReturnedBufferServesTheNextRequestOfAFittingSize() {
    BufferPool pool = new BufferPool(1 << 20);
    Memory first = pool.take(1000);
    pool.give(first);
    assertSame(first, pool.take(600));
    pool.give(first);
    assertNotSame(first, pool.take(400), "a buffer more than twice the request is not handed out");
    assertNotSame(first, pool.take(2000), "nor one that is too small");
    assertSame(first, pool.take(1000));
  }

  @Test
  void thePoolKeepsNoMoreThanItsByteLimit() {
    BufferPool pool = new BufferPool(1500);
    pool.give(new Memory(1000));
    pool.give(new Memory(1000));
    assertEquals(1, pool.pooled());
    pool.clear();
    assertEquals(0, pool.pooled());
  }
}
