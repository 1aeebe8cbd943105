package dev.geobacter.javac.internal;

import com.sun.tools.javac.util.Context;
import java.io.IOException;
import java.io.OutputStream;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/** Writes resources into javac's class output through its own file manager (so -d and jars are honoured). */
public final class ClassOutput {
  private final Context context;

  ClassOutput(Context context) {
    this.context = context;
  }

  /** Writes {@code bytes} at {@code relativePath} (e.g. {@code META-INF/geobacter/a/B.gbm}) under CLASS_OUTPUT. */
  public void write(String relativePath, byte[] bytes) throws IOException {
    JavaFileManager fileManager = context.get(JavaFileManager.class);
    if (fileManager == null) throw new IOException("javac has no file manager to write " + relativePath);
    FileObject file = fileManager.getFileForOutput(StandardLocation.CLASS_OUTPUT, "", relativePath, null);
    try (OutputStream out = file.openOutputStream()) {
      out.write(bytes);
    }
  }
}
