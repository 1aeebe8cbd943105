package dev.geobacter.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import dev.geobacter.metadata.proto.Literal;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.metadata.proto.Stmt;
import org.junit.jupiter.api.Test;

class MethodHashesTest {
  @Test
  void aHashedMethodVerifies() {
    MethodInfo method = MethodHashes.withHash(SampleSidecars.kernel());
    assertEquals(32, method.getContentHash().size());
    assertTrue(MethodHashes.verify(method));
    assertEquals(64, MethodHashes.hex(method.getContentHash()).length());
  }

  @Test
  void theHashIgnoresItsOwnFieldAndIsStable() {
    MethodInfo method = SampleSidecars.kernel();
    ByteString hash = MethodHashes.compute(method);
    assertEquals(hash, MethodHashes.compute(method.toBuilder().setContentHash(ByteString.copyFromUtf8("x")).build()));
    assertEquals(hash, MethodHashes.compute(SampleSidecars.kernel()));
  }

  @Test
  void aChangedBodyIsDetected() {
    MethodInfo method = MethodHashes.withHash(SampleSidecars.twice());
    // return v * 2f  ->  return v * 3f
    Stmt body = method.getBody();
    Stmt.Builder changed = body.toBuilder();
    changed.getBlockBuilder().getStmtsBuilder(0).getReturnStmtBuilder().getValueBuilder().getBinaryBuilder()
        .getRightBuilder().setLiteral(Literal.newBuilder().setFloatBits(Float.floatToRawIntBits(3f)));
    MethodInfo edited = method.toBuilder().setBody(changed).build();
    assertFalse(MethodHashes.verify(edited));
    assertNotEquals(MethodHashes.compute(method), MethodHashes.compute(edited));
  }

  @Test
  void aChangedPositionAlsoChangesTheHash() {
    // Positions are part of the content: a kernel's error messages depend on them.
    MethodInfo method = MethodHashes.withHash(SampleSidecars.twice());
    assertFalse(MethodHashes.verify(method.toBuilder().setLine(method.getLine() + 1).build()));
  }

  @Test
  void hexIsLowerCase() {
    assertEquals("00ff10", MethodHashes.hex(ByteString.copyFrom(new byte[] {0, (byte) 0xff, 0x10})));
  }
}
