package dev.geobacter.driver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import dev.geobacter.Kernel1;
import dev.geobacter.KernelInstance;
import dev.geobacter.driver.testing.CountingBackend;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The driver logs one DEBUG line per prepared kernel on {@code dev.geobacter.driver}. Read here
 * through java.util.logging, which backs {@code System.Logger} when no other finder is installed.
 */
class PreparationLogTest {
  private static final KernelInstance<Kernel1<int[]>> COUNT_DOWN = Geobacter.kernelInstance(DriverTestKernels::countDown);

  @Test
  void eachPreparationLogsOneLineWithTheRespoolTimeOnTheFirst() {
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Logger logger = Logger.getLogger("dev.geobacter.driver");
    Level previous = logger.getLevel();
    Handler handler = new Collector(records);
    logger.addHandler(handler);
    logger.setLevel(Level.ALL);
    try (Device jvm = Device.byName("jvm"); Device counting = Device.byName(CountingBackend.NAME)) {
      int[] out = new int[3];
      jvm.launch(COUNT_DOWN, Grid.of(3, 4), out);
      jvm.launch(COUNT_DOWN, Grid.of(3, 4), out);
      counting.launch(COUNT_DOWN.withChecks(false), Grid.of(3, 4), out);
      assertArrayEquals(new int[] {3, 2, 1}, out);
    } finally {
      logger.removeHandler(handler);
      logger.setLevel(previous);
    }

    List<LogRecord> mine = records.stream().filter(r -> r.getMessage().contains(COUNT_DOWN.toString())).toList();
    List<String> lines = mine.stream().map(LogRecord::getMessage).toList();
    assertEquals(2, lines.size(), "one line per preparation: " + lines);
    assertTrue(mine.stream().allMatch(r -> r.getLevel() == Level.FINE), "System.Logger's DEBUG is FINE");
    assertTrue(lines.get(0).matches("kernel \\Q" + COUNT_DOWN + "\\E on jvm \\(checks on\\): respool\\+validate "
        + "\\d+\\.\\d\\d ms, prepare \\d+\\.\\d\\d ms \\(nothing compiled\\)"), lines.get(0));
    assertTrue(lines.get(1).matches("kernel \\Q" + COUNT_DOWN + "\\E on counting \\(checks off\\): graph already "
        + "respooled, prepare \\d+\\.\\d\\d ms \\(nothing compiled\\)"), lines.get(1));
  }

  private static final class Collector extends Handler {
    private final List<LogRecord> records;

    Collector(List<LogRecord> records) {
      this.records = records;
    }

    @Override
    public void publish(LogRecord record) {
      records.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
