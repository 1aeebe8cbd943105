package dev.geobacter.driver;

import dev.geobacter.ResidentArrays;
import dev.geobacter.spi.ResidentMemory;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** The driver's {@link ResidentArrays}: checks its arrays and its state, and leaves the copies to the device. */
final class DriverResidentArrays implements ResidentArrays {
  private final String device;
  private final List<Object> arrays;
  private final Set<Object> members;
  private final ResidentMemory memory;
  private final ResidentRegistry registry;
  private boolean closed;

  private DriverResidentArrays(String device, List<Object> arrays, ResidentMemory memory, ResidentRegistry registry) {
    this.device = device;
    this.arrays = arrays;
    this.members = Collections.newSetFromMap(new IdentityHashMap<>());
    members.addAll(arrays);
    this.memory = memory;
    this.registry = registry;
  }

  /** Checks {@code arrays}, registers them and asks the device to copy them in (undoing the registration if it fails). */
  static DriverResidentArrays open(String device, Object[] arrays, java.util.function.Function<List<Object>, ResidentMemory> keep,
      ResidentRegistry registry) {
    List<Object> checked = check(arrays);
    registry.add(device, checked);
    try {
      return new DriverResidentArrays(device, checked, keep.apply(checked), registry);
    } catch (RuntimeException | Error e) {
      registry.remove(checked);
      throw e;
    }
  }

  private static List<Object> check(Object[] arrays) {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (int i = 0; i < arrays.length; i++) {
      Object array = arrays[i];
      if (array == null) throw new IllegalArgumentException("array " + (i + 1) + " to keep resident is null");
      Class<?> component = array.getClass().getComponentType();
      if (component == null || !component.isPrimitive()) {
        throw new IllegalArgumentException("array " + (i + 1) + " to keep resident is a " + array.getClass().getTypeName()
            + "; only one-dimensional primitive arrays can be resident");
      }
      if (!seen.add(array)) throw new IllegalArgumentException("array " + (i + 1) + " to keep resident is given twice");
    }
    return List.of(arrays);
  }

  @Override
  public String device() {
    return device;
  }

  @Override
  public synchronized boolean contains(Object array) {
    return !closed && members.contains(array);
  }

  @Override
  public synchronized void upload(Object array) {
    memory.upload(member(array));
  }

  @Override
  public synchronized void download(Object array) {
    memory.download(member(array));
  }

  private Object member(Object array) {
    if (closed) throw new IllegalStateException("these resident arrays on " + device + " are closed");
    if (array == null || !members.contains(array)) {
      throw new IllegalArgumentException("not one of the arrays resident on " + device + " through this handle"
          + (array == null ? " (null)" : ": a " + array.getClass().getTypeName()));
    }
    return array;
  }

  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    try {
      memory.release();
    } finally {
      registry.remove(arrays);
    }
  }

  @Override
  public synchronized boolean isClosed() {
    return closed;
  }

  @Override
  public String toString() {
    return "ResidentArrays[" + arrays.size() + " on " + device + (closed ? ", closed]" : "]");
  }
}
