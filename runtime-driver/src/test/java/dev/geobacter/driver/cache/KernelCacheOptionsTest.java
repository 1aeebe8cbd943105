package dev.geobacter.driver.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.KernelInstance;
import dev.geobacter.KernelOptions;
import dev.geobacter.metadata.proto.MethodInfo;
import dev.geobacter.spi.BackendDevice;
import dev.geobacter.spi.CompilePhase;
import dev.geobacter.spi.KernelGraph;
import dev.geobacter.spi.KernelMethod;
import dev.geobacter.spi.PreparationTimings;
import dev.geobacter.spi.PreparedKernel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Options are part of the prepared-kernel key, and each preparation yields one report. */
class KernelCacheOptionsTest {
  private static final KernelInstance<?> KERNEL = Geobacter.compiledKernel(KernelCacheOptionsTest.class, "fill",
      "([I)V");
  private static final KernelOptions UNCHECKED = KernelOptions.defaults().withChecks(false);
  private static final PreparationTimings COMPILED = PreparationTimings.recorder()
      .add(CompilePhase.LOWERING, Duration.ofMillis(2))
      .add(CompilePhase.OPTIMIZATION, Duration.ofMillis(20))
      .add(CompilePhase.CODEGEN, Duration.ofMillis(5))
      .add(CompilePhase.LOAD, Duration.ofMillis(1))
      .diskCache(PreparationTimings.DiskCacheUse.MISS)
      .finish();

  private final List<KernelInstance<?>> respooled = new ArrayList<>();
  private final List<PreparationReport> reports = new CopyOnWriteArrayList<>();
  private final RecordingDevice device = new RecordingDevice();
  private final KernelCache cache = new KernelCache(this::respool, reports::add);

  @Test
  void aKernelLaunchedCheckedAndUncheckedIsPreparedTwiceAndBothStay() {
    KernelGraph graph = cache.graph(KERNEL);
    PreparedKernel checked = cache.prepared(graph, device, KernelOptions.defaults());
    PreparedKernel unchecked = cache.prepared(cache.graph(KERNEL.withChecks(false)), device, UNCHECKED);

    assertNotSame(checked, unchecked);
    assertEquals(List.of(KernelOptions.defaults(), UNCHECKED), device.prepared);
    assertEquals(2, cache.preparations());
    assertSame(checked, cache.prepared(graph, device, KernelOptions.defaults()));
    assertSame(unchecked, cache.prepared(graph, device, UNCHECKED));
    assertEquals(2, cache.preparations(), "both stay cached");
    assertEquals(1, cache.respools(), "every options value shares one graph");
  }

  @Test
  void theSharedGraphNamesTheKernelWithDefaultOptions() {
    KernelGraph graph = cache.graph(KERNEL.withChecks(false));
    assertEquals(KernelOptions.defaults(), graph.kernel().options());
    assertEquals(List.of(KERNEL), respooled);
  }

  @Test
  void eachPreparationIsReportedOnceWithTheRespoolTimeInTheFirstOnly() {
    KernelGraph graph = cache.graph(KERNEL);
    cache.prepared(graph, device, UNCHECKED);
    cache.prepared(graph, device, KernelOptions.defaults());
    cache.prepared(graph, device, UNCHECKED);

    assertEquals(2, reports.size());
    PreparationReport first = reports.get(0);
    assertEquals(KERNEL.toString(), first.kernel());
    assertEquals("recording", first.device());
    assertEquals(UNCHECKED, first.options());
    assertTrue(first.respool().isPresent());
    assertSame(COMPILED, first.timings());
    assertTrue(first.prepare().compareTo(Duration.ZERO) > 0);
    assertEquals(Optional.empty(), reports.get(1).respool());
  }

  @Test
  void theLogLineNamesTheKernelDeviceOptionsAndEveryPhase() {
    PreparationReport report = new PreparationReport(KERNEL.toString(), "host", UNCHECKED,
        Optional.of(Duration.ofMillis(12)), COMPILED, Duration.ofMillis(29));
    assertEquals("kernel " + KERNEL + " on host (checks off): respool+validate 12.00 ms, prepare 29.00 ms "
        + "(IR lowering 2.00 ms, optimization 20.00 ms, codegen 5.00 ms, load 1.00 ms, disk cache miss)", report.line());

    PreparationReport reused = new PreparationReport(KERNEL.toString(), "jvm", KernelOptions.defaults(),
        Optional.empty(), PreparationTimings.none(), Duration.ofNanos(250_000));
    assertEquals("kernel " + KERNEL + " on jvm (checks on): graph already respooled, prepare 0.25 ms "
        + "(nothing compiled)", reused.line());
  }

  private KernelGraph respool(KernelInstance<?> kernel) {
    respooled.add(kernel);
    MethodInfo entry = MethodInfo.newBuilder().setOwner(kernel.owner().getName()).setName(kernel.methodName())
        .setDesc(kernel.descriptor()).build();
    return new KernelGraph(kernel, List.of(new KernelMethod(entry, "KernelCacheOptionsTest.java", "test")), Map.of(),
        new byte[32]);
  }

  /** Records the options it was asked to prepare with; its kernels report {@link #COMPILED}. */
  private static final class RecordingDevice implements BackendDevice {
    final List<KernelOptions> prepared = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
      return "recording";
    }

    @Override
    public PreparedKernel prepare(KernelGraph graph, KernelOptions options) {
      prepared.add(options);
      return new CompiledKernel();
    }
  }

  private static final class CompiledKernel implements PreparedKernel {
    @Override
    public void launch(Grid grid, Object[] args) {}

    @Override
    public PreparationTimings timings() {
      return COMPILED;
    }
  }
}
