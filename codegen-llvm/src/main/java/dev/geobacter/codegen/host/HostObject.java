package dev.geobacter.codegen.host;

import dev.geobacter.codegen.FailureSites;
import dev.geobacter.codegen.SourcePosition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A kernel compiled for the host, ready to link: the object code, the symbol of its entry point,
 * the source positions of its checks and whether it checks array bounds (only then may arrays be
 * passed to it in place). {@link #toBytes()} is what the disk cache stores.
 */
public record HostObject(String symbol, FailureSites failureSites, boolean boundsChecked, byte[] objectCode) {
  private static final int MAGIC = 0x4742484f; // "GBHO"
  private static final int FORMAT = 2;

  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeUTF(symbol);
      List<SourcePosition> positions = failureSites.positions();
      out.writeInt(positions.size());
      for (SourcePosition p : positions) {
        out.writeUTF(p.owner());
        out.writeUTF(p.method());
        out.writeUTF(p.sourceFile());
        out.writeInt(p.line());
        out.writeInt(p.column());
      }
      out.writeBoolean(boundsChecked);
      out.writeInt(objectCode.length);
      out.write(objectCode);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /** Reads what {@link #toBytes()} wrote; anything else is an {@link IllegalArgumentException}. */
  public static HostObject fromBytes(byte[] data) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
      if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
        throw new IllegalArgumentException("not a compiled host kernel of format " + FORMAT);
      }
      String symbol = in.readUTF();
      int count = in.readInt();
      List<SourcePosition> positions = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        positions.add(new SourcePosition(in.readUTF(), in.readUTF(), in.readUTF(), in.readInt(), in.readInt()));
      }
      boolean boundsChecked = in.readBoolean();
      byte[] code = new byte[in.readInt()];
      in.readFully(code);
      if (in.read() != -1) throw new IllegalArgumentException("trailing bytes after a compiled host kernel");
      return new HostObject(symbol, FailureSites.of(positions), boundsChecked, code);
    } catch (IOException e) {
      throw new IllegalArgumentException("truncated compiled host kernel: " + e.getMessage(), e);
    }
  }
}
