package dev.geobacter.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A kernel class kept as a source file (the regression corpus, or a reduced failure). */
public record CorpusFile(String binaryName, String source) {
  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

  public static CorpusFile read(Path file) {
    try {
      return of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read kernel class " + file, e);
    }
  }

  /** @param fileName {@code IntMinDivMinusOne.java}: the class is named after its file, as javac requires */
  public static CorpusFile of(String fileName, String source) {
    if (!fileName.endsWith(".java")) throw new IllegalArgumentException(fileName + " is not a .java file");
    String simple = fileName.substring(0, fileName.length() - ".java".length());
    Matcher pkg = PACKAGE.matcher(source);
    return new CorpusFile(pkg.find() ? pkg.group(1) + "." + simple : simple, source);
  }

  /** Input seed of this file's launches: fixed per class name, so runs repeat. */
  public long inputSeed() {
    return binaryName.hashCode() * 0x9E3779B97F4A7C15L;
  }
}
