package dev.geobacter.javac;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The constant pool of a class file, read just far enough to see what the class links to. */
final class ClassFileConstants {
  static final int INVOKE_DYNAMIC = 18;

  final Set<Integer> tags = new HashSet<>();
  final List<String> utf8 = new ArrayList<>();

  static ClassFileConstants read(Path classFile) {
    try (DataInputStream in = new DataInputStream(Files.newInputStream(classFile))) {
      ClassFileConstants constants = new ClassFileConstants();
      if (in.readInt() != 0xCAFEBABE) throw new IOException("not a class file: " + classFile);
      in.readUnsignedShort();
      in.readUnsignedShort();
      int count = in.readUnsignedShort();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        constants.tags.add(tag);
        switch (tag) {
          case 1: constants.utf8.add(in.readUTF()); break;
          case 3: case 4: in.readInt(); break;
          case 5: case 6: in.readLong(); i++; break;
          case 7: case 8: case 16: case 19: case 20: in.readUnsignedShort(); break;
          case 9: case 10: case 11: case 12: case 17: case 18: in.readInt(); break;
          case 15: in.readUnsignedByte(); in.readUnsignedShort(); break;
          default: throw new IOException("unknown constant tag " + tag + " in " + classFile);
        }
      }
      return constants;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
