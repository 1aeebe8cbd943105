package dev.geobacter.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.codegen.testing.CompiledKernels;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The driver's DEBUG line for a kernel prepared on the host names every compile phase and the
 * disk cache outcome (read through java.util.logging, which backs System.Logger here).
 */
class HostPreparationLogTest {
  private static final String TIME = "\\d+\\.\\d\\d ms";

  @Test
  void aHostPreparationLogsItsPhasesAndDiskCacheUse() throws Throwable {
    CompiledKernels app = CompiledKernels.compile("Logged", """
        import dev.geobacter.*;
        import static dev.geobacter.Gpu.*;
        class Logged {
          static void triple(double[] data) {
            int i = globalId(0);
            if (i < data.length) data[i] = data[i] * 3;
          }

          static double[] run() {
            double[] data = {1, 2, 3};
            try (Device device = Device.byName("host")) {
              device.launch(Geobacter.kernelInstance(Logged::triple).withChecks(false), Grid.of(3, 4), data);
            }
            return data;
          }
        }
        """);
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Logger logger = Logger.getLogger("dev.geobacter.driver");
    Level previous = logger.getLevel();
    Handler handler = new Collector(records);
    logger.addHandler(handler);
    logger.setLevel(Level.ALL);
    try {
      app.invokeJava("run");
    } finally {
      logger.removeHandler(handler);
      logger.setLevel(previous);
    }

    List<String> lines = records.stream().map(LogRecord::getMessage).filter(m -> m.contains("Logged.triple")).toList();
    assertEquals(1, lines.size(), "one line for the one preparation: " + lines);
    assertTrue(lines.get(0).matches("kernel Logged\\.triple\\(\\[D\\)V on host \\(checks off\\): respool\\+validate " + TIME
        + ", prepare " + TIME + " \\((IR lowering " + TIME + ", optimization " + TIME + ", codegen " + TIME + ", load "
        + TIME + ", disk cache miss|load " + TIME + ", disk cache hit)\\)"), lines.get(0));
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
