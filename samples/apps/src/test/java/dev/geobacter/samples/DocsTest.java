package dev.geobacter.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import dev.geobacter.metadata.proto.MethodRef;
import dev.geobacter.rules.Descriptors;
import dev.geobacter.rules.Intrinsics;
import dev.geobacter.rules.Rule;
import org.junit.jupiter.api.Test;

/** Every Java snippet in the docs is code that compiles and runs here. */
class DocsTest {
  private static final Path ROOT = Path.of("../..");
  private static final Path SAMPLES = Path.of("src/main/java/dev/geobacter/samples");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void readmeExampleIsHelloJavaAndPrintsWhatItSays() throws IOException {
    List<String> blocks = javaBlocks(ROOT.resolve("README.md"));
    assertEquals(1, blocks.size(), "README.md has one Java example");
    String hello = Files.readString(SAMPLES.resolve("Hello.java"), StandardCharsets.UTF_8);
    assertEquals(hello.substring(hello.indexOf("import ")), blocks.get(0));

    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      Hello.main(new String[0]);
    } finally {
      System.setOut(saved);
    }
    assertEquals("[12.0, 24.0, 36.0, 48.0]", out.toString(StandardCharsets.UTF_8).strip());
  }

  @Test
  void codingGuideSnippetsComeFromSampleSources() throws IOException {
    List<String> blocks = javaBlocks(ROOT.resolve("CODING.md"));
    assertFalse(blocks.isEmpty(), "CODING.md has Java snippets");
    StringBuilder sources = new StringBuilder();
    try (var files = Files.walk(SAMPLES)) {
      for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
        sources.append(Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    for (String block : blocks) {
      assertTrue(sources.indexOf(block) >= 0, "CODING.md snippet not found verbatim in the samples:\n" + block);
    }
  }

  @Test
  void codingGuideListsEveryRuleAndEveryIntrinsic() throws IOException {
    String guide = Files.readString(ROOT.resolve("CODING.md"), StandardCharsets.UTF_8);
    for (Rule rule : Rule.values()) {
      assertTrue(guide.contains("| " + rule.id() + " |"), "CODING.md has no row for " + rule.id());
    }
    for (MethodRef intrinsic : Intrinsics.all()) {
      String simpleOwner = intrinsic.getOwner().substring(intrinsic.getOwner().lastIndexOf('.') + 1);
      String name = intrinsic.getName();
      boolean listed = guide.contains("`" + name + "`") || guide.contains("`" + name + "(");
      assertTrue(listed && guide.contains(simpleOwner),
          "CODING.md does not list " + Descriptors.describe(intrinsic));
    }
  }

  private static List<String> javaBlocks(Path markdown) throws IOException {
    Matcher m = JAVA_BLOCK.matcher(Files.readString(markdown, StandardCharsets.UTF_8));
    List<String> blocks = new ArrayList<>();
    while (m.find()) blocks.add(m.group(1));
    return blocks;
  }
}
