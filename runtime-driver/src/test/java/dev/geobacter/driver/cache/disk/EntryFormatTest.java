package dev.geobacter.driver.cache.disk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EntryFormatTest {
  private static final DiskCacheKey KEY = new DiskCacheKey("c0ffee", "gfx942", "O3", "v1");
  private static final byte[] PAYLOAD = "\u007fELF pretend code object".getBytes(StandardCharsets.UTF_8);

  @Test
  void roundTrips() throws Exception {
    EntryFormat.Entry entry = EntryFormat.decode(EntryFormat.encode(KEY, PAYLOAD));
    assertEquals(KEY, entry.key());
    assertArrayEquals(PAYLOAD, entry.payload());
  }

  @Test
  void emptyPayloadRoundTrips() throws Exception {
    assertEquals(0, EntryFormat.decode(EntryFormat.encode(KEY, new byte[0])).payload().length);
  }

  /** Every single-bit change is caught, or (inside the key) yields a different key, which the cache refuses. */
  @Test
  void everyFlippedBitIsRejectedOrChangesTheKey() {
    byte[] entry = EntryFormat.encode(KEY, PAYLOAD);
    for (int i = 0; i < entry.length; i++) {
      for (int bit = 0; bit < 8; bit++) {
        byte[] damaged = entry.clone();
        damaged[i] ^= (byte) (1 << bit);
        try {
          EntryFormat.Entry decoded = EntryFormat.decode(damaged);
          assertNotEquals(KEY, decoded.key(), "byte " + i + " bit " + bit + " went unnoticed");
        } catch (RejectedEntryException expected) {
          // rejected: never loaded
        }
      }
    }
  }

  @Test
  void changedPayloadFailsTheChecksum() {
    byte[] entry = EntryFormat.encode(KEY, PAYLOAD);
    entry[entry.length - 3] ^= 1;
    RejectedEntryException e = assertThrows(RejectedEntryException.class, () -> EntryFormat.decode(entry));
    assertTrue(e.getMessage().contains("does not match its recorded SHA-256"), e.getMessage());
  }

  @Test
  void truncatedAndPaddedEntriesAreRejected() {
    byte[] entry = EntryFormat.encode(KEY, PAYLOAD);
    for (int length = 0; length < entry.length; length++) {
      byte[] truncated = Arrays.copyOf(entry, length);
      assertThrows(RejectedEntryException.class, () -> EntryFormat.decode(truncated), "length " + length);
    }
    byte[] padded = Arrays.copyOf(entry, entry.length + 1);
    assertTrue(assertThrows(RejectedEntryException.class, () -> EntryFormat.decode(padded)).getMessage()
        .contains("truncated or padded"));
  }

  @Test
  void otherFormatVersionsAreRejected() {
    byte[] entry = EntryFormat.encode(KEY, PAYLOAD);
    ByteBuffer.wrap(entry).putInt(4, EntryFormat.VERSION + 1);
    assertTrue(assertThrows(RejectedEntryException.class, () -> EntryFormat.decode(entry)).getMessage()
        .contains("entry format version 2"));
  }

  @Test
  void otherFilesAreNotEntries() {
    byte[] notAnEntry = "#!/bin/sh\necho hello, this is not a cache entry\n".getBytes(StandardCharsets.UTF_8);
    assertTrue(assertThrows(RejectedEntryException.class, () -> EntryFormat.decode(notAnEntry)).getMessage()
        .contains("bad header"));
  }
}
