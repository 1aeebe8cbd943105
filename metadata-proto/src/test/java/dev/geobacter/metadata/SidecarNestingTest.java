package dev.geobacter.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.metadata.proto.ClassSidecar;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Hostile nesting, hand-crafted below any writer: a valid header and checksum around a payload that
 * nests messages or groups 100000 deep. The reader must refuse quickly, not overflow its stack.
 */
class SidecarNestingTest {
  private static final int DEPTH = 100_000;
  private static final int WIRE_LENGTH_DELIMITED = 2;
  private static final int WIRE_START_GROUP = 3;

  @Test
  void messagesNestedFarBeyondTheLimitAreCorrupt() {
    // ClassSidecar.methods(4) -> MethodInfo.body(8) -> Stmt.block(10) -> Block.stmts(1) -> Stmt.block(10) ...
    int[] fields = new int[DEPTH];
    fields[0] = 4;
    fields[1] = 8;
    for (int level = 2; level < DEPTH; level++) fields[level] = level % 2 == 0 ? 10 : 1;
    byte[] payload = nestedLengthDelimited(fields, versionField());
    assertRefusedQuickly(payload);
  }

  @Test
  void unknownFieldsNestedFarBeyondTheLimitAreCorrupt() {
    // Field 99 is unknown everywhere: length-delimited unknowns are skipped, groups are parsed.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(versionField());
    for (int level = 0; level < DEPTH; level++) writeVarint(out, (99 << 3) | WIRE_START_GROUP);
    assertRefusedQuickly(out.toByteArray());
  }

  @Test
  void nestingWithinTheLimitIsRead() throws SidecarException {
    int depth = SidecarFormat.MAX_TREE_DEPTH;
    int[] fields = new int[depth];
    fields[0] = 4;
    fields[1] = 8;
    for (int level = 2; level < depth; level++) fields[level] = level % 2 == 0 ? 10 : 1;
    byte[] payload = nestedLengthDelimited(fields, versionField());
    ClassSidecar sidecar = SidecarFormat.read(Frames.frame(SidecarFormat.SCHEMA_VERSION, payload), "deep");
    assertTrue(sidecar.getMethods(0).getBody().hasBlock());
  }

  private static void assertRefusedQuickly(byte[] payload) {
    byte[] file = Frames.frame(SidecarFormat.SCHEMA_VERSION, payload);
    SidecarException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
        () -> SidecarCorruptionTest.readExpectingFailure(file, "nested"));
    assertEquals(SidecarException.Reason.CORRUPT, e.reason(), e.getMessage());
    assertTrue(e.getMessage().contains("nesting"), e.getMessage());
  }

  /** schema_version = 1 (field 1, varint), so only the nesting is wrong. */
  private static byte[] versionField() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writeVarint(out, 1 << 3);
    writeVarint(out, SidecarFormat.SCHEMA_VERSION);
    return out.toByteArray();
  }

  /**
   * {@code prefix} followed by field {@code fields[0]} containing field {@code fields[1]} containing
   * ... an empty innermost message. Sizes are computed inside out, bytes written outside in.
   */
  private static byte[] nestedLengthDelimited(int[] fields, byte[] prefix) {
    long[] sizes = new long[fields.length + 1]; // sizes[k]: bytes of the message inside field k-1
    for (int level = fields.length - 1; level >= 0; level--) {
      long inner = sizes[level + 1];
      sizes[level] = varintSize((fields[level] << 3) | WIRE_LENGTH_DELIMITED) + varintSize(inner) + inner;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream((int) sizes[0] + prefix.length);
    out.writeBytes(prefix);
    for (int level = 0; level < fields.length; level++) {
      writeVarint(out, (fields[level] << 3) | WIRE_LENGTH_DELIMITED);
      writeVarint(out, sizes[level + 1]);
    }
    return out.toByteArray();
  }

  private static int varintSize(long value) {
    int size = 1;
    while ((value >>>= 7) != 0) size++;
    return size;
  }

  private static void writeVarint(ByteArrayOutputStream out, long value) {
    while ((value & ~0x7FL) != 0) {
      out.write((int) ((value & 0x7F) | 0x80));
      value >>>= 7;
    }
    out.write((int) value);
  }
}
