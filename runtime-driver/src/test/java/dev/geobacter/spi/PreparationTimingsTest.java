package dev.geobacter.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.spi.PreparationTimings.DiskCacheUse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreparationTimingsTest {
  @Test
  void phasesAreListedInPipelineOrderWhateverTheRecordingOrder() {
    PreparationTimings timings = PreparationTimings.recorder()
        .add(CompilePhase.LOAD, Duration.ofMillis(1))
        .add(CompilePhase.LOWERING, Duration.ofMillis(2))
        .add(CompilePhase.CODEGEN, Duration.ofMillis(4))
        .add(CompilePhase.OPTIMIZATION, Duration.ofMillis(30))
        .diskCache(DiskCacheUse.MISS)
        .finish();

    assertEquals(List.of(CompilePhase.LOWERING, CompilePhase.OPTIMIZATION, CompilePhase.CODEGEN, CompilePhase.LOAD),
        List.copyOf(timings.phases().keySet()));
    assertEquals("IR lowering 2.00 ms, optimization 30.00 ms, codegen 4.00 ms, load 1.00 ms, disk cache miss",
        timings.describe());
  }

  @Test
  void aPhaseTimedTwiceAddsUp() {
    PreparationTimings timings = PreparationTimings.recorder()
        .add(CompilePhase.CODEGEN, Duration.ofMillis(3))
        .add(CompilePhase.CODEGEN, Duration.ofMillis(4))
        .finish();
    assertEquals(Duration.ofMillis(7), timings.phases().get(CompilePhase.CODEGEN));
  }

  @Test
  void timeMeasuresTheWorkAndKeepsItsResult() {
    PreparationTimings.Recorder recorder = PreparationTimings.recorder();
    String result = recorder.time(CompilePhase.OPTIMIZATION, () -> {
      sleep(20);
      return "optimized";
    });
    assertEquals("optimized", result);
    Duration measured = recorder.finish().phases().get(CompilePhase.OPTIMIZATION);
    assertTrue(measured.toMillis() >= 19, "measured " + measured);
  }

  @Test
  void aFailingPhaseIsStillTimed() {
    PreparationTimings.Recorder recorder = PreparationTimings.recorder();
    assertThrows(IllegalStateException.class, () -> recorder.time(CompilePhase.LOWERING, () -> {
      throw new IllegalStateException("refused");
    }));
    assertTrue(recorder.finish().phases().containsKey(CompilePhase.LOWERING));
  }

  @Test
  void aCacheHitListsOnlyWhatRan() {
    PreparationTimings timings = PreparationTimings.recorder()
        .add(CompilePhase.LOAD, Duration.ofNanos(500_000))
        .diskCache(DiskCacheUse.HIT)
        .finish();
    assertEquals("load 0.50 ms, disk cache hit", timings.describe());
  }

  @Test
  void nothingCompiledSaysSo() {
    assertEquals("nothing compiled", PreparationTimings.none().describe());
    assertEquals(DiskCacheUse.NOT_USED, PreparationTimings.none().diskCache());
    assertTrue(PreparationTimings.none().phases().isEmpty());
  }

  @Test
  void recordedTimingsCannotBeChangedAfterwards() {
    PreparationTimings.Recorder recorder = PreparationTimings.recorder().add(CompilePhase.LOAD, Duration.ofMillis(1));
    PreparationTimings first = recorder.finish();
    recorder.add(CompilePhase.LOAD, Duration.ofMillis(1));
    assertEquals(Duration.ofMillis(1), first.phases().get(CompilePhase.LOAD));
    assertThrows(UnsupportedOperationException.class, () -> first.phases().clear());
    assertThrows(IllegalArgumentException.class, () -> recorder.add(CompilePhase.LOAD, Duration.ofMillis(-1)));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
