package dev.geobacter.codegen.host;

import com.sun.jna.Function;
import com.sun.jna.Pointer;

/** Calls the entry point through JNA with native pointers: arrays travel as off-heap copies. */
final class CopyingEntryCall implements EntryCall {
  private final Function entry;

  CopyingEntryCall(long address) {
    this.entry = Function.getFunction(new Pointer(address));
  }

  @Override
  public void call(Pointer block, Pointer launch, int firstGroup, int endGroup, Object[] arrays) {
    Object[] arguments = new Object[HostEntryPoint.FIXED_PARAMETERS + arrays.length];
    arguments[0] = block;
    arguments[1] = launch;
    arguments[2] = firstGroup;
    arguments[3] = endGroup;
    System.arraycopy(arrays, 0, arguments, HostEntryPoint.FIXED_PARAMETERS, arrays.length);
    entry.invoke(Void.class, arguments);
  }

  @Override
  public boolean inPlace() {
    return false;
  }
}
