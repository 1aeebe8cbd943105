package dev.geobacter.testkit;

import java.net.URI;
import javax.tools.SimpleJavaFileObject;

/** A compilation unit held in memory; {@code path} like {@code app/Kernels.java} names it in diagnostics. */
public final class SourceText extends SimpleJavaFileObject {
  private final String text;

  public SourceText(String path, String text) {
    super(URI.create("string:///" + path), Kind.SOURCE);
    this.text = text;
  }

  @Override
  public CharSequence getCharContent(boolean ignoreEncodingErrors) {
    return text;
  }
}
