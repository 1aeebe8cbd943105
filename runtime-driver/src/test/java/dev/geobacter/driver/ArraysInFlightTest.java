package dev.geobacter.driver;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Geobacter;
import dev.geobacter.driver.respool.Respooler;
import dev.geobacter.driver.respool.SidecarCache;
import dev.geobacter.spi.KernelGraph;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * An array that an unfinished asynchronous launch copied cannot go to another launch when either
 * launch may write it; launches that only read it may overlap.
 */
class ArraysInFlightTest {
  /** addScaled(scale, x, y) reads x and writes y. */
  private static final KernelGraph ADD_SCALED =
      new Respooler(new SidecarCache()).respool(Geobacter.kernelInstance(DriverTestKernels::addScaled));

  private final ArraysInFlight inFlight = new ArraysInFlight();
  private final ResidentRegistry residents = new ResidentRegistry();

  @Test
  void theGraphKnowsWhichArraysTheKernelWrites() {
    assertTrue(!ADD_SCALED.writesArrayParameter(0) && !ADD_SCALED.writesArrayParameter(1)
        && ADD_SCALED.writesArrayParameter(2));
  }

  @Test
  void anArrayAnUnfinishedLaunchWritesIsRefusedUntilItCompletes() {
    float[] x = new float[16];
    float[] y = new float[16];
    CompletableFuture<Void> launch = new CompletableFuture<>();
    CompletableFuture<Void> tracked = inFlight.track(new Object[] {2f, x, y}, ADD_SCALED, residents, launch);
    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> inFlight.checkLaunch(new Object[] {1f, y, new float[16]}, ADD_SCALED, residents));
    assertTrue(refused.getMessage().startsWith("argument 2 of kernel " + ADD_SCALED.kernel() + " (a float[16]) is "
        + "still in use by an unfinished launchAsync that writes it"), refused.getMessage());
    assertTrue(refused.getMessage().contains("Device.keepResident"), refused.getMessage());

    launch.complete(null);
    assertTrue(tracked.isDone() && !tracked.isCompletedExceptionally());
    assertDoesNotThrow(() -> inFlight.checkLaunch(new Object[] {1f, y, new float[16]}, ADD_SCALED, residents));
  }

  @Test
  void launchesThatOnlyReadAnArrayMayOverlapButNoneMayWriteIt() {
    float[] x = new float[16];
    inFlight.track(new Object[] {2f, x, new float[16]}, ADD_SCALED, residents, new CompletableFuture<>());
    assertDoesNotThrow(() -> inFlight.checkLaunch(new Object[] {3f, x, new float[16]}, ADD_SCALED, residents));
    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> inFlight.checkLaunch(new Object[] {3f, new float[16], x}, ADD_SCALED, residents));
    assertTrue(refused.getMessage().contains("argument 3 ") && refused.getMessage().contains("that reads it, and this "
        + "launch may write it"), refused.getMessage());
  }

  @Test
  void aFailedLaunchReleasesItsArraysAndKeepsItsExceptionUnwrapped() {
    float[] y = new float[4];
    CompletableFuture<Void> launch = new CompletableFuture<>();
    CompletableFuture<Void> tracked = inFlight.track(new Object[] {1f, new float[4], y}, ADD_SCALED, residents, launch);
    ArrayIndexOutOfBoundsException failure = new ArrayIndexOutOfBoundsException("Index 4 out of bounds for length 4");
    launch.completeExceptionally(failure);
    ExecutionException thrown = assertThrows(ExecutionException.class, tracked::get);
    assertSame(failure, thrown.getCause());
    Throwable[] seen = new Throwable[1];
    tracked.whenComplete((ignored, error) -> seen[0] = error);
    assertSame(failure, seen[0]);
    assertDoesNotThrow(() -> inFlight.checkLaunch(new Object[] {1f, y, y}, ADD_SCALED, residents));
  }

  @Test
  void anArrayStaysInFlightUntilItsLastLaunchCompletes() {
    float[] y = new float[4];
    CompletableFuture<Void> first = new CompletableFuture<>();
    CompletableFuture<Void> second = new CompletableFuture<>();
    inFlight.track(new Object[] {1f, new float[4], y}, ADD_SCALED, residents, first);
    inFlight.track(new Object[] {1f, new float[4], y}, ADD_SCALED, residents, second);
    first.complete(null);
    assertThrows(IllegalStateException.class,
        () -> inFlight.checkLaunch(new Object[] {1f, y, new float[4]}, ADD_SCALED, residents));
    second.complete(null);
    assertDoesNotThrow(() -> inFlight.checkLaunch(new Object[] {1f, y, new float[4]}, ADD_SCALED, residents));
  }

  @Test
  void residentArraysAreNeverCopiedSoTheyChainFreely() {
    float[] x = new float[8];
    float[] y = new float[8];
    residents.add("cuda:0", List.of(x, y));
    CompletableFuture<Void> launch = new CompletableFuture<>();
    assertSame(launch, inFlight.track(new Object[] {1f, x, y}, ADD_SCALED, residents, launch), "nothing to track");
    assertDoesNotThrow(() -> inFlight.checkLaunch(new Object[] {1f, y, x}, ADD_SCALED, residents));
  }
}
