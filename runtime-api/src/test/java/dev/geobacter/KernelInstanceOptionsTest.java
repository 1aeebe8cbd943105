package dev.geobacter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class KernelInstanceOptionsTest {
  private static final KernelInstance<Kernel2<Float, float[]>> SCALE =
      Geobacter.compiledKernel(KernelInstanceOptionsTest.class, "scale", "(F[F)V");

  @Test
  void kernelsStartWithEveryCheckOn() {
    assertEquals(KernelOptions.defaults(), SCALE.options());
    assertTrue(SCALE.options().checks());
  }

  @Test
  void withChecksNamesTheSameMethodWithOtherOptions() {
    KernelInstance<Kernel2<Float, float[]>> unchecked = SCALE.withChecks(false);
    assertFalse(unchecked.options().checks());
    assertSame(SCALE.owner(), unchecked.owner());
    assertEquals(SCALE.methodName(), unchecked.methodName());
    assertEquals(SCALE.descriptor(), unchecked.descriptor());
    assertEquals(SCALE.toString(), unchecked.toString());
    assertTrue(SCALE.options().checks(), "the original instance is unchanged");
  }

  @Test
  void equalityIncludesTheOptions() {
    KernelInstance<?> unchecked = SCALE.withChecks(false);
    KernelInstance<?> uncheckedAgain = Geobacter.compiledKernel(KernelInstanceOptionsTest.class, "scale", "(F[F)V")
        .withChecks(false);
    assertNotEquals(SCALE, unchecked);
    assertEquals(unchecked, uncheckedAgain);
    assertEquals(unchecked.hashCode(), uncheckedAgain.hashCode());
    assertEquals(SCALE, unchecked.withChecks(true));
    assertEquals(SCALE.hashCode(), unchecked.withChecks(true).hashCode());
    assertEquals(2, new HashSet<>(List.of(SCALE, unchecked, uncheckedAgain, SCALE.withChecks(true))).size());
  }

  @Test
  void unchangedOptionsGiveTheSameInstance() {
    assertSame(SCALE, SCALE.withChecks(true));
    assertSame(SCALE, SCALE.withOptions(KernelOptions.defaults()));
    KernelOptions off = KernelOptions.defaults().withChecks(false);
    assertSame(off, off.withChecks(false));
  }

  @Test
  void optionsAreValues() {
    KernelOptions off = KernelOptions.defaults().withChecks(false);
    assertEquals(off, KernelOptions.defaults().withChecks(false).withChecks(true).withChecks(false));
    assertNotEquals(off, KernelOptions.defaults());
    assertNotEquals(off.hashCode(), KernelOptions.defaults().hashCode());
    assertEquals("checks off", off.toString());
    assertEquals("checks on", KernelOptions.defaults().toString());
  }

  @Test
  void nullOptionsAreRefused() {
    assertThrows(NullPointerException.class, () -> SCALE.withOptions(null));
  }
}
