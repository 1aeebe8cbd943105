package dev.geobacter.codegen.ir;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.bytedeco.llvm.LLVM.LLVMBasicBlockRef;

/**
 * The statements that {@code break} and {@code continue} can leave, innermost first. A labeled
 * loop is one entry carrying the label, so {@code continue outer;} finds the loop's update.
 */
public final class JumpTargets {
  /** What kind of statement an entry stands for: who an unlabeled break or continue targets. */
  public enum Kind { LOOP, SWITCH, LABELED_BLOCK }

  /** One enclosing statement; {@code continueTo} is null unless it is a loop. */
  public record Entry(Kind kind, String label, LLVMBasicBlockRef breakTo, LLVMBasicBlockRef continueTo) {}

  private final Deque<Entry> stack = new ArrayDeque<>();

  public void push(Entry entry) {
    stack.push(entry);
  }

  public void pop() {
    stack.pop();
  }

  /** Where {@code break} (empty label) or {@code break label} goes. */
  public Optional<LLVMBasicBlockRef> breakTarget(String label) {
    for (Entry entry : stack) {
      boolean matches = label.isEmpty() ? entry.kind() != Kind.LABELED_BLOCK : label.equals(entry.label());
      if (matches) return Optional.of(entry.breakTo());
    }
    return Optional.empty();
  }

  /** Where {@code continue} (empty label) or {@code continue label} goes: always a loop. */
  public Optional<LLVMBasicBlockRef> continueTarget(String label) {
    for (Entry entry : stack) {
      boolean matches = label.isEmpty() ? entry.kind() == Kind.LOOP : label.equals(entry.label());
      if (matches) return Optional.ofNullable(entry.continueTo());
    }
    return Optional.empty();
  }
}
