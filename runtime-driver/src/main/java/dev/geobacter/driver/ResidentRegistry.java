package dev.geobacter.driver;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which Java arrays are resident on which device, process-wide: an array may be resident once,
 * and launching it on another device is refused. Launches read a copy-on-write snapshot, so the
 * usual case (nothing resident) costs one volatile read and allocates nothing.
 */
final class ResidentRegistry {
  private final Object lock = new Object();
  private volatile Map<Object, String> deviceOf = new IdentityHashMap<>();

  /** Marks {@code arrays} resident on {@code device}; throws, marking none, if one already is. */
  void add(String device, List<Object> arrays) {
    synchronized (lock) {
      for (Object array : arrays) {
        String holder = deviceOf.get(array);
        if (holder != null) {
          throw new IllegalStateException("a " + array.getClass().getComponentType() + "[" + java.lang.reflect.Array.getLength(array)
              + "] array is resident on " + holder + " already; close that handle first");
        }
      }
      Map<Object, String> next = new IdentityHashMap<>(deviceOf);
      for (Object array : arrays) next.put(array, device);
      deviceOf = next;
    }
  }

  void remove(List<Object> arrays) {
    synchronized (lock) {
      Map<Object, String> next = new IdentityHashMap<>(deviceOf);
      for (Object array : arrays) next.remove(array);
      deviceOf = next;
    }
  }

  /** Whether {@code array} is resident on some device. */
  boolean contains(Object array) {
    return deviceOf.containsKey(array);
  }

  /** Throws if an argument of a launch on {@code device} is resident on another device. */
  void checkLaunch(String device, Object[] args, Object kernel) {
    Map<Object, String> current = deviceOf;
    if (current.isEmpty()) return;
    for (int i = 0; i < args.length; i++) {
      String holder = current.get(args[i]);
      if (holder != null && !holder.equals(device)) {
        throw new IllegalStateException("argument " + (i + 1) + " of kernel " + kernel + " is resident on " + holder
            + " (Device.keepResident); close that handle before launching the array on " + device);
      }
    }
  }
}
