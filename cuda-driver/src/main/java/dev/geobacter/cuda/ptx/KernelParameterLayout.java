package dev.geobacter.cuda.ptx;

import dev.geobacter.codegen.JavaType;
import java.util.ArrayList;
import java.util.List;

/**
 * How a kernel's Java parameters become the parameters of its PTX entry, shared by the code
 * generator and the host that packs them: {@code boolean}, {@code byte}, {@code char},
 * {@code short} and {@code int} travel as one 32-bit slot, {@code long} and {@code double} as 64
 * bits, {@code float} as 32 bits, an array as two slots (a global pointer to its elements, then its
 * {@code int} length); one last pointer slot addresses the {@link LaunchStatus} buffer.
 */
public final class KernelParameterLayout {
  /** The kind of one PTX parameter. */
  public enum Slot {
    I32, I64, F32, F64, POINTER
  }

  private final List<JavaType> parameters;
  private final List<Slot> slots;
  private final int[] firstSlot;

  private KernelParameterLayout(List<JavaType> parameters) {
    this.parameters = List.copyOf(parameters);
    this.firstSlot = new int[parameters.size()];
    List<Slot> all = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      firstSlot[i] = all.size();
      JavaType type = parameters.get(i);
      switch (type.kind()) {
        case BOOLEAN, BYTE, CHAR, SHORT, INT -> all.add(Slot.I32);
        case LONG -> all.add(Slot.I64);
        case FLOAT -> all.add(Slot.F32);
        case DOUBLE -> all.add(Slot.F64);
        case ARRAY -> {
          all.add(Slot.POINTER);
          all.add(Slot.I32);
        }
        case VOID, REFERENCE -> throw new IllegalArgumentException("parameter " + i + " has type " + type.javaName()
            + "; CUDA kernels take primitives and 1-D primitive arrays");
      }
    }
    all.add(Slot.POINTER);
    this.slots = List.copyOf(all);
  }

  /** The layout of a kernel method with JVM descriptor {@code descriptor}. */
  public static KernelParameterLayout ofDescriptor(String descriptor) {
    return new KernelParameterLayout(JavaType.parameterDescriptors(descriptor).stream().map(JavaType::of).toList());
  }

  /** The Java parameters, in order. */
  public List<JavaType> parameters() {
    return parameters;
  }

  /** Every PTX parameter, the status pointer last. */
  public List<Slot> slots() {
    return slots;
  }

  /** The first PTX parameter of Java parameter {@code index} (an array's length follows its pointer). */
  public int firstSlot(int index) {
    return firstSlot[index];
  }

  /** The PTX parameter that takes the launch status buffer. */
  public int statusSlot() {
    return slots.size() - 1;
  }
}
