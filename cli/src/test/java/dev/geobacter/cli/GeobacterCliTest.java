package dev.geobacter.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class GeobacterCliTest {
  @Test
  void versionNamesTheSchemaItReads() {
    CliRun run = CliRun.of("--version");
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().startsWith("geobacter "), run.toString());
    assertTrue(run.out().contains(", sidecar schema 1"), run.toString());
  }

  @Test
  void helpListsTheCommandsAndExitStatuses() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.status(), run.toString());
    assertTrue(run.out().contains("list"), run.toString());
    assertTrue(run.out().contains("inspect  Prints a kernel's typed tree or the code generated for it."), run.toString());
    assertTrue(run.out().contains("3    what was asked is not available in this build"), run.toString());
  }

  @Test
  void aCommandIsRequired() {
    CliRun run = CliRun.of();
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().contains("name a command: list or inspect"), run.toString());
  }

  @Test
  void unknownCommandIsAUsageError() {
    CliRun run = CliRun.of("compile", "x.jar");
    assertEquals(2, run.status(), run.toString());
    assertTrue(run.err().contains("compile"), run.toString());
  }

  @Command(name = "broken")
  static final class Broken implements Runnable {
    @Override
    public void run() {
      throw new IllegalStateException("a bug");
    }
  }

  @Test
  void anEscapingExceptionIsReportedAsOurBug() {
    StringWriter err = new StringWriter();
    CommandLine commandLine = new CommandLine(new Broken()).setErr(new PrintWriter(err))
        .setExecutionExceptionHandler(new InternalErrorHandler());

    int status = commandLine.execute();

    assertEquals(70, status);
    assertTrue(err.toString().startsWith("geobacter: internal error, a bug in geobacter "), err.toString());
    assertTrue(err.toString().contains("java.lang.IllegalStateException: a bug"), err.toString());
  }
}
