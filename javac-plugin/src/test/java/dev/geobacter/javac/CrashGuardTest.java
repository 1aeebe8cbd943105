package dev.geobacter.javac;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrashGuardTest {
  @Test
  void failureBecomesOneGb000ErrorWithVersionAndStackTrace() {
    List<String> reported = new ArrayList<>();
    CrashGuard guard = new CrashGuard(reported::add, "1.2.3");
    List<String> ran = new ArrayList<>();
    guard.run("analysing app.K", () -> ran.add("first"));
    guard.run("analysing app.L", () -> {
      throw new IllegalStateException("boom");
    });
    guard.run("analysing app.M", () -> ran.add("after the failure"));
    assertEquals(List.of("first"), ran);
    assertEquals(1, reported.size());
    String message = reported.get(0);
    assertTrue(message.startsWith("[GB000] internal error in the Geobacter plugin 1.2.3: "
        + "java.lang.IllegalStateException: boom while analysing app.L (this is a bug in Geobacter, please report it)"),
        message);
    assertTrue(message.contains("at dev.geobacter.javac.CrashGuardTest"), message);
    assertTrue(guard.failed());
  }

  @Test
  void stackOverflowIsCaughtToo() {
    List<String> reported = new ArrayList<>();
    CrashGuard guard = new CrashGuard(reported::add, "v");
    guard.run("x", () -> {
      throw new StackOverflowError();
    });
    assertEquals(1, reported.size());
  }

  @Test
  void versionComesFromTheBuild() {
    String version = PluginVersion.get();
    assertTrue(version.matches("\\d+\\.\\d+.*"), version);
  }
}
