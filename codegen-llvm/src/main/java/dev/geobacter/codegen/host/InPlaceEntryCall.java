package dev.geobacter.codegen.host;

import com.sun.jna.Pointer;
import java.lang.invoke.MethodHandle;

/**
 * Calls the entry point as a {@linkplain CriticalCalls critical downcall}, so that arrays passed
 * as heap segments are read and written where they lie. Each call takes the arrays' addresses
 * afresh: between calls the garbage collector may move them.
 */
final class InPlaceEntryCall implements EntryCall {
  /** {@code (Object block, Object launch, int, int, Object[] arrays)void}. */
  private final MethodHandle entry;

  InPlaceEntryCall(long address, int arrays) {
    this.entry = CriticalCalls.entry(address, arrays);
  }

  @Override
  public void call(Pointer block, Pointer launch, int firstGroup, int endGroup, Object[] arrays) {
    Object blockSegment = CriticalCalls.nativeSegment(Pointer.nativeValue(block));
    Object launchSegment = CriticalCalls.nativeSegment(Pointer.nativeValue(launch));
    try {
      entry.invokeExact(blockSegment, launchSegment, firstGroup, endGroup, arrays);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("the host entry point failed", e);
    }
  }

  @Override
  public boolean inPlace() {
    return true;
  }
}
