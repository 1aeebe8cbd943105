package dev.geobacter.cuda.launch;

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
 * A compiled kernel as the disk cache keeps it: the cubin the driver's linker made, its entry
 * name, and the source positions of its checks (without them a failure could not be reported).
 * The encoding starts with a magic number and version; anything else decodes to an exception.
 */
record KernelImage(String entrySymbol, FailureSites failureSites, byte[] cubin) {
  private static final int MAGIC = 0x47424355; // "GBCU"
  private static final int VERSION = 1;

  byte[] encode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeUTF(entrySymbol);
      List<SourcePosition> positions = failureSites.positions();
      out.writeInt(positions.size());
      for (SourcePosition position : positions) {
        out.writeUTF(position.owner());
        out.writeUTF(position.method());
        out.writeUTF(position.sourceFile());
        out.writeInt(position.line());
        out.writeInt(position.column());
      }
      out.writeInt(cubin.length);
      out.write(cubin);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Decodes {@link #encode()}'s bytes; throws {@link IllegalArgumentException} for anything else. */
  static KernelImage decode(byte[] encoded) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
      if (in.readInt() != MAGIC) throw new IllegalArgumentException("not a CUDA kernel image");
      int version = in.readInt();
      if (version != VERSION) throw new IllegalArgumentException("CUDA kernel image version " + version);
      String entry = in.readUTF();
      int count = in.readInt();
      if (count < 0 || count > encoded.length) throw new IllegalArgumentException("corrupt site count " + count);
      List<SourcePosition> positions = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        positions.add(new SourcePosition(in.readUTF(), in.readUTF(), in.readUTF(), in.readInt(), in.readInt()));
      }
      int length = in.readInt();
      if (length <= 0 || length > in.available()) throw new IllegalArgumentException("corrupt cubin length " + length);
      byte[] cubin = in.readNBytes(length);
      if (in.available() != 0) throw new IllegalArgumentException("trailing bytes after the cubin");
      return new KernelImage(entry, FailureSites.of(positions), cubin);
    } catch (IOException e) {
      throw new IllegalArgumentException("truncated CUDA kernel image", e);
    }
  }
}
