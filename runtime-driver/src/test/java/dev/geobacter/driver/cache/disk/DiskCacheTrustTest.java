package dev.geobacter.driver.cache.disk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache holds code that will run: anything the current user alone did not write, or that does
 * not match its key and checksum, is never loaded, costs one warning, and is compiled again.
 */
class DiskCacheTrustTest {
  private static final DiskCacheKey KEY = new DiskCacheKey("feedface", "sm_90", "O3", "test 1");
  private static final DiskCacheKey OTHER = new DiskCacheKey("deadbeef", "sm_90", "O3", "test 1");
  private static final byte[] CODE = "// PTX of a kernel".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path root;
  private final Warnings warnings = new Warnings();

  private Path entry(DiskCacheKey key) {
    return root.resolve(key.fileName());
  }

  @Test
  void corruptPayloadIsDeletedAndRebuilt() throws Exception {
    DiskCache cache = DiskCache.open(root, warnings);
    cache.store(KEY, CODE);
    byte[] bytes = Files.readAllBytes(entry(KEY));
    bytes[bytes.length - 1] ^= 0x20;
    Files.write(entry(KEY), bytes);

    assertEquals(Optional.empty(), cache.load(KEY));
    warnings.assertOne("ignoring entry " + entry(KEY), "does not match its recorded SHA-256", "deleted it");
    assertFalse(Files.exists(entry(KEY)));

    assertArrayEquals(CODE, cache.computeIfAbsent(KEY, () -> CODE));
    assertArrayEquals(CODE, DiskCache.open(root, warnings).load(KEY).orElseThrow());
    assertEquals(1, warnings.lines().size());
  }

  @Test
  void truncatedEntryIsAMiss() throws Exception {
    DiskCache cache = DiskCache.open(root, warnings);
    cache.store(KEY, CODE);
    byte[] bytes = Files.readAllBytes(entry(KEY));
    Files.write(entry(KEY), Arrays.copyOf(bytes, bytes.length - 5));

    assertEquals(Optional.empty(), cache.load(KEY));
    warnings.assertOne("truncated");
  }

  @Test
  void entryRecordingAnotherKeyIsNeverLoaded() throws Exception {
    DiskCache cache = DiskCache.open(root, warnings);
    cache.store(OTHER, CODE);
    Files.copy(entry(OTHER), entry(KEY));

    assertEquals(Optional.empty(), cache.load(KEY));
    warnings.assertOne("it was stored for graph deadbeef", "not for the requested graph feedface");
    assertFalse(Files.exists(entry(KEY)));
    assertArrayEquals(CODE, cache.load(OTHER).orElseThrow());
  }

  @Test
  void groupWritableEntryIsRefused() throws Exception {
    Posix.assumePosix();
    DiskCache cache = DiskCache.open(root, warnings);
    cache.store(KEY, CODE);
    Posix.chmod(entry(KEY), "rw-rw----");

    assertEquals(Optional.empty(), cache.load(KEY));
    warnings.assertOne("writable by group or others (rw-rw----)");
    assertFalse(Files.exists(entry(KEY)));
  }

  @Test
  void symbolicLinkInPlaceOfAnEntryIsRefusedAndItsTargetKept() throws Exception {
    DiskCache cache = DiskCache.open(root, warnings);
    cache.store(OTHER, CODE);
    Path elsewhere = Files.createDirectory(root.resolve("elsewhere")).resolve("planted.gbk");
    Files.copy(entry(OTHER), elsewhere);
    Files.createSymbolicLink(entry(KEY), elsewhere);

    assertEquals(Optional.empty(), cache.load(KEY));
    warnings.assertOne("it is a symbolic link");
    assertFalse(Files.exists(entry(KEY), LinkOption.NOFOLLOW_LINKS));
    assertTrue(Files.exists(elsewhere));
  }

  @Test
  void entryOwnedByAnotherUserIsRefused() throws Exception {
    DiskCache cache = DiskCache.open(root, warnings);
    cache.store(KEY, CODE);
    Posix.assumeGivenToAnotherUser(entry(KEY));

    assertEquals(Optional.empty(), cache.load(KEY));
    warnings.assertOne("it is owned by nobody", "(the user running this JVM)");
  }

  @Test
  void worldWritableDirectoryMeansMemoryOnly() throws Exception {
    Posix.assumePosix();
    Path dir = Files.createDirectory(root.resolve("open"));
    Posix.chmod(dir, "rwxrwxrwx");

    DiskCache cache = DiskCache.open(dir, warnings);
    cache.store(KEY, CODE);

    assertFalse(cache.isOnDisk());
    assertArrayEquals(CODE, cache.load(KEY).orElseThrow());
    warnings.assertOne("cannot use directory " + dir, "writable by group or others (rwxrwxrwx)", "chmod 700",
        "memory only");
    try (var files = Files.list(dir)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void directoryOpenedUpLaterStopsBeingReadWithOneWarning() throws Exception {
    Posix.assumePosix();
    DiskCache cache = DiskCache.open(root, warnings);
    cache.store(KEY, CODE);
    Posix.chmod(root, "rwxrwx---");

    assertEquals(Optional.empty(), cache.load(KEY));
    assertEquals(Optional.empty(), cache.load(OTHER));
    cache.store(OTHER, CODE);
    assertArrayEquals(CODE, cache.load(OTHER).orElseThrow());

    warnings.assertOne("writable by group or others (rwxrwx---)");
    assertFalse(cache.isOnDisk());
    assertFalse(Files.exists(entry(OTHER)));
  }

  @Test
  void symbolicLinkAsTheDirectoryIsRefused() throws Exception {
    Path real = Files.createDirectory(root.resolve("real"));
    Path link = Files.createSymbolicLink(root.resolve("link"), real);

    DiskCache cache = DiskCache.open(link, warnings);

    assertFalse(cache.isOnDisk());
    warnings.assertOne("cannot use directory " + link, "it is a symbolic link");
  }

  @Test
  void directoryOwnedByAnotherUserIsRefused() throws Exception {
    Path dir = Files.createDirectory(root.resolve("theirs"));
    Posix.assumeGivenToAnotherUser(dir);

    DiskCache cache = DiskCache.open(dir, warnings);

    assertFalse(cache.isOnDisk());
    warnings.assertOne("it is owned by nobody");
  }

  @Test
  void readOnlyDirectoryMeansMemoryOnlyWithOneWarning() throws Exception {
    Posix.assumePosix();
    assumeTrue(Posix.permissionsBind(root), "runs as root, whom file permissions do not stop");
    Path dir = Files.createDirectory(root.resolve("read-only"));
    Posix.chmod(dir, "r-x------");
    try {
      DiskCache cache = DiskCache.open(dir, warnings);
      cache.store(KEY, CODE);
      cache.store(OTHER, CODE);

      assertFalse(cache.isOnDisk());
      assertArrayEquals(CODE, cache.load(KEY).orElseThrow());
      warnings.assertOne("cannot use directory " + dir, "permission denied", "memory only");
    } finally {
      Posix.chmod(dir, "rwx------");
    }
  }

  /** A path below a regular file cannot be created by anyone, root included. */
  @Test
  void uncreatableDirectoryMeansMemoryOnlyWithOneWarning() throws Exception {
    Path file = Files.writeString(root.resolve("a-file"), "not a directory");
    Path dir = file.resolve("geobacter");

    DiskCache cache = DiskCache.open(dir, warnings);
    cache.store(KEY, CODE);
    cache.store(OTHER, CODE);

    assertFalse(cache.isOnDisk());
    assertArrayEquals(CODE, cache.load(KEY).orElseThrow());
    assertArrayEquals(CODE, cache.load(OTHER).orElseThrow());
    warnings.assertOne("cannot use directory " + dir, "a file that is not a directory is in the way: " + file,
        "-D" + DiskCache.DIRECTORY_PROPERTY,
        "-D" + DiskCache.ENABLED_PROPERTY + "=false");
  }

  @Test
  void directoryThatStopsBeingWritableDegradesToMemoryOnly() throws Exception {
    Path dir = root.resolve("vanishing");
    DiskCache cache = DiskCache.open(dir, warnings);
    Files.delete(dir);
    Files.writeString(dir, "the directory was replaced by a file");

    cache.store(KEY, CODE);
    cache.store(OTHER, CODE);

    assertArrayEquals(CODE, cache.load(KEY).orElseThrow());
    assertFalse(cache.isOnDisk());
    warnings.assertOne("cannot use directory " + dir, "cannot write an entry");
  }

  /** The public factories log through the driver's System.Logger, once, at WARNING. */
  @Test
  void warningsGoToTheDriverLogger() throws Exception {
    Path dir = Files.writeString(root.resolve("file"), "x").resolve("geobacter");
    Logger logger = Logger.getLogger("dev.geobacter.driver");
    List<LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        records.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    logger.addHandler(handler);
    try {
      DiskCache cache = DiskCache.open(dir);
      cache.store(KEY, CODE);
      cache.load(KEY);
    } finally {
      logger.removeHandler(handler);
    }
    assertEquals(1, records.size());
    assertEquals(Level.WARNING, records.get(0).getLevel());
    assertTrue(records.get(0).getMessage().contains("cannot use directory " + dir), records.get(0).getMessage());
  }
}
