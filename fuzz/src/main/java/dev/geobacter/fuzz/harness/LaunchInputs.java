package dev.geobacter.fuzz.harness;

import dev.geobacter.Grid;
import dev.geobacter.fuzz.ast.JType;
import dev.geobacter.fuzz.gen.Dice;
import dev.geobacter.fuzz.gen.Values;
import java.lang.reflect.Array;
import java.util.List;

/**
 * The arguments of one differential launch, made from a seed: {@code count}, then every array
 * filled with random values (edge cases weighted up). Arrays hold at least 16 elements and at
 * least the launch size; the approximate-results array holds exactly {@code launchSize * slots}.
 *
 * <p>The grid is one work-group of {@code launchSize} work-items: devices then run work-items in
 * order, so when several would fail, every device reports the same first failure.
 */
public record LaunchInputs(int launchSize, Object[] arguments) {
  private static final long INPUT_STREAM = 0x9E3779B97F4A7C15L;

  public static LaunchInputs create(long seed, KernelClass kernel) {
    Dice dice = new Dice(seed ^ INPUT_STREAM);
    int launchSize = dice.between(4, 16);
    int count = dice.chance(0.7) ? launchSize - dice.between(0, 2) : dice.between(1, launchSize);
    int arrayLength = dice.between(16, 48);
    List<String> params = kernel.parameters();
    Object[] args = new Object[params.size()];
    for (int k = 0; k < params.size(); k++) {
      String desc = params.get(k);
      boolean approx = k == params.size() - 1 && !kernel.approxUlps().isEmpty();
      if (k == 0 && desc.equals("I")) {
        args[k] = count;
      } else if (desc.startsWith("[") && desc.length() == 2) {
        JType type = JType.ofDescriptor(desc.charAt(1));
        int length = approx ? launchSize * kernel.approxUlps().size() : arrayLength;
        args[k] = array(dice, type, length);
      } else if (desc.length() == 1) {
        args[k] = Values.value(dice, JType.ofDescriptor(desc.charAt(0)), 0.4);
      } else {
        throw new IllegalArgumentException("kernel " + kernel.kernel() + " takes a " + desc
            + " parameter: the harness passes primitives and one-dimensional primitive arrays only");
      }
    }
    return new LaunchInputs(launchSize, args);
  }

  public Grid grid() {
    return Grid.of(launchSize, launchSize);
  }

  /** A deep copy: every device gets identical, unshared arrays. */
  public Object[] copy() {
    Object[] copy = arguments.clone();
    for (int k = 0; k < copy.length; k++) {
      if (copy[k] != null && copy[k].getClass().isArray()) {
        int length = Array.getLength(copy[k]);
        Object clone = Array.newInstance(copy[k].getClass().getComponentType(), length);
        System.arraycopy(copy[k], 0, clone, 0, length);
        copy[k] = clone;
      }
    }
    return copy;
  }

  private static Object array(Dice dice, JType type, int length) {
    Object array = Array.newInstance(primitive(type), length);
    for (int k = 0; k < length; k++) Array.set(array, k, Values.value(dice, type, 0.35));
    return array;
  }

  static Class<?> primitive(JType type) {
    return switch (type) {
      case BOOLEAN -> boolean.class;
      case BYTE -> byte.class;
      case SHORT -> short.class;
      case CHAR -> char.class;
      case INT -> int.class;
      case LONG -> long.class;
      case FLOAT -> float.class;
      case DOUBLE -> double.class;
    };
  }
}
