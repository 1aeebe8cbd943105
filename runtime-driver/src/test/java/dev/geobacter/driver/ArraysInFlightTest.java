package dev.geobacter.driver;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** An array copied by an unfinished asynchronous launch cannot be passed to another launch. */
class ArraysInFlightTest {
  private final ArraysInFlight inFlight = new ArraysInFlight();
  private final ResidentRegistry residents = new ResidentRegistry();

  @Test
  void anArrayOfAnUnfinishedLaunchIsRefusedUntilItCompletes() {
    float[] x = new float[16];
    CompletableFuture<Void> launch = new CompletableFuture<>();
    CompletableFuture<Void> tracked = inFlight.track(new Object[] {2f, x}, residents, launch);
    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> inFlight.checkLaunch(new Object[] {x, 1}, "K.k", residents));
    assertTrue(refused.getMessage().startsWith("argument 1 of kernel K.k (a float[16]) is still in use by an "
        + "unfinished launchAsync"), refused.getMessage());
    assertTrue(refused.getMessage().contains("Device.keepResident"), refused.getMessage());
    assertDoesNotThrow(() -> inFlight.checkLaunch(new Object[] {new float[16], 2f}, "K.k", residents));

    launch.complete(null);
    assertTrue(tracked.isDone() && !tracked.isCompletedExceptionally());
    assertDoesNotThrow(() -> inFlight.checkLaunch(new Object[] {x, 1}, "K.k", residents));
  }

  @Test
  void aFailedLaunchReleasesItsArraysAndKeepsItsExceptionUnwrapped() {
    int[] x = new int[4];
    CompletableFuture<Void> launch = new CompletableFuture<>();
    CompletableFuture<Void> tracked = inFlight.track(new Object[] {x}, residents, launch);
    ArrayIndexOutOfBoundsException failure = new ArrayIndexOutOfBoundsException("Index 4 out of bounds for length 4");
    launch.completeExceptionally(failure);
    ExecutionException thrown = assertThrows(ExecutionException.class, tracked::get);
    assertSame(failure, thrown.getCause());
    Throwable[] seen = new Throwable[1];
    tracked.whenComplete((ignored, error) -> seen[0] = error);
    assertSame(failure, seen[0]);
    assertDoesNotThrow(() -> inFlight.checkLaunch(new Object[] {x}, "K.k", residents));
  }

  @Test
  void anArrayStaysInFlightUntilItsLastLaunchCompletes() {
    int[] x = new int[4];
    CompletableFuture<Void> first = new CompletableFuture<>();
    CompletableFuture<Void> second = new CompletableFuture<>();
    inFlight.track(new Object[] {x}, residents, first);
    inFlight.track(new Object[] {x}, residents, second);
    first.complete(null);
    assertThrows(IllegalStateException.class, () -> inFlight.checkLaunch(new Object[] {x}, "K.k", residents));
    second.complete(null);
    assertDoesNotThrow(() -> inFlight.checkLaunch(new Object[] {x}, "K.k", residents));
  }

  @Test
  void residentArraysAreNeverCopiedSoTheyChainFreely() {
    float[] x = new float[8];
    residents.add("cuda:0", List.of(x));
    CompletableFuture<Void> launch = new CompletableFuture<>();
    CompletableFuture<Void> tracked = inFlight.track(new Object[] {x}, residents, launch);
    assertSame(launch, tracked, "nothing to track");
    assertDoesNotThrow(() -> inFlight.checkLaunch(new Object[] {x}, "K.k", residents));
  }
}
