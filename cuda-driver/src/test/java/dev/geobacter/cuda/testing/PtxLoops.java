package dev.geobacter.cuda.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The single-block loops of a PTX text: a label, straight-line instructions without another label,
 * and a branch back to that label (an exit branch may come before it). These are the hot inner
 * loops whose instructions the shape tests count.
 */
public final class PtxLoops {
  private static final Pattern LABEL = Pattern.compile("^(\\$L__\\w+):$");

  private PtxLoops() {}

  /** The instructions of each single-block loop, in order; directives and labels left out. */
  public static List<List<String>> singleBlockLoops(String ptx) {
    String[] lines = ptx.split("\n");
    List<List<String>> loops = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      Matcher label = LABEL.matcher(lines[i].trim());
      if (!label.matches()) continue;
      List<String> body = new ArrayList<>();
      for (int j = i + 1; j < lines.length && !LABEL.matcher(lines[j].trim()).matches(); j++) {
        String instruction = lines[j].trim();
        if (instruction.isEmpty() || instruction.startsWith(".") || instruction.startsWith("//")) continue;
        body.add(instruction);
        if (instruction.matches("(@%p\\d+ )?bra(\\.uni)?\\s+" + Pattern.quote(label.group(1)) + ";")) {
          loops.add(body);
          break;
        }
        if (instruction.startsWith("ret") || instruction.startsWith("}")) break;
      }
    }
    return loops;
  }

  /** How many instructions of {@code loop} start with {@code opcode} (e.g. {@code "ld.global.f32"}). */
  public static long count(List<String> loop, String opcode) {
    return loop.stream().filter(i -> i.startsWith(opcode + " ") || i.startsWith(opcode + "\t")).count();
  }
}
