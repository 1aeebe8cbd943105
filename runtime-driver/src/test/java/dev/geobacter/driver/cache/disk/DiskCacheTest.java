package dev.geobacter.driver.cache.disk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storing, loading and sharing entries between cache instances (as between JVMs). */
class DiskCacheTest {
  private static final DiskCacheKey KEY = new DiskCacheKey("0123abcd", "x86_64-linux/znver3", "O3", "test 1");
  private static final byte[] CODE = "compiled kernel bytes".getBytes(StandardCharsets.UTF_8);

  @TempDir
  Path root;
  private final Warnings warnings = new Warnings();

  @Test
  void entryWrittenByOneInstanceIsLoadedByTheNext() {
    Path dir = root.resolve("cache");
    DiskCache.open(dir, warnings).store(KEY, CODE);

    DiskCache later = DiskCache.open(dir, warnings);

    assertArrayEquals(CODE, later.load(KEY).orElseThrow());
    assertTrue(Files.isRegularFile(dir.resolve(KEY.fileName())));
    warnings.assertNone();
  }

  @Test
  void missingDirectoryIsCreatedOwnerOnlyWithItsParents() throws Exception {
    Posix.assumePosix();
    Path dir = root.resolve("home/.cache/geobacter");

    DiskCache cache = DiskCache.open(dir, warnings);
    cache.store(KEY, CODE);

    assertTrue(cache.isOnDisk());
    assertEquals(Optional.of(dir), cache.directory());
    assertEquals("rwx------", Posix.permissions(dir));
    assertEquals("rw-------", Posix.permissions(dir.resolve(KEY.fileName())));
    warnings.assertNone();
  }

  @Test
  void absentKeyIsAQuietMiss() {
    DiskCache cache = DiskCache.open(root, warnings);
    assertEquals(Optional.empty(), cache.load(KEY));
    warnings.assertNone();
  }

  @Test
  void storeReplacesAnEntry() {
    DiskCache cache = DiskCache.open(root, warnings);
    cache.store(KEY, CODE);
    cache.store(KEY, new byte[] {1, 2, 3});
    assertArrayEquals(new byte[] {1, 2, 3}, cache.load(KEY).orElseThrow());
  }

  @Test
  void keysDifferingOnlyInTargetAreSeparateEntries() {
    DiskCache cache = DiskCache.open(root, warnings);
    DiskCacheKey other = new DiskCacheKey(KEY.graphHash(), "sm_90", KEY.options(), KEY.compilerVersion());
    cache.store(KEY, CODE);
    assertEquals(Optional.empty(), cache.load(other));
    cache.store(other, new byte[] {9});
    assertArrayEquals(CODE, cache.load(KEY).orElseThrow());
    assertArrayEquals(new byte[] {9}, cache.load(other).orElseThrow());
  }

  @Test
  void computeIfAbsentCompilesOnlyOnAMiss() {
    AtomicInteger compilations = new AtomicInteger();
    byte[] first = DiskCache.open(root, warnings).computeIfAbsent(KEY, () -> {
      compilations.incrementAndGet();
      return CODE;
    });
    byte[] second = DiskCache.open(root, warnings).computeIfAbsent(KEY, () -> {
      compilations.incrementAndGet();
      return new byte[] {0};
    });
    assertArrayEquals(CODE, first);
    assertArrayEquals(CODE, second);
    assertEquals(1, compilations.get());
  }

  @Test
  void loadedPayloadsAreCopies() {
    DiskCache cache = DiskCache.memoryOnly();
    cache.store(KEY, CODE.clone());
    cache.load(KEY).orElseThrow()[0] = 0;
    assertArrayEquals(CODE, cache.load(KEY).orElseThrow());
  }

  /**
   * Writers of one key race with readers: a reader sees nothing or one whole payload, never a
   * mixture or a partial file, and no temporary file is left behind.
   */
  @Test
  void concurrentWritersAndReadersNeverSeePartialEntries() throws Exception {
    byte[] a = new byte[256 * 1024];
    byte[] b = new byte[256 * 1024];
    Arrays.fill(a, (byte) 'a');
    Arrays.fill(b, (byte) 'b');
    ExecutorService pool = Executors.newFixedThreadPool(6);
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean writing = new AtomicBoolean(true);
    List<Future<Integer>> readers = new ArrayList<>();
    List<Future<?>> writers = new ArrayList<>();
    try {
      for (int w = 0; w < 3; w++) {
        byte[] payload = w % 2 == 0 ? a : b;
        writers.add(pool.submit(() -> {
          DiskCache cache = DiskCache.open(root, warnings);
          start.await();
          for (int i = 0; i < 40; i++) cache.store(KEY, payload);
          return null;
        }));
      }
      for (int r = 0; r < 3; r++) {
        readers.add(pool.submit(() -> {
          DiskCache cache = DiskCache.open(root, warnings);
          start.await();
          int hits = 0;
          while (writing.get()) {
            Optional<byte[]> seen = cache.load(KEY);
            if (seen.isPresent()) {
              hits++;
              assertTrue(Arrays.equals(a, seen.get()) || Arrays.equals(b, seen.get()), "a mixed or partial payload");
            }
          }
          return hits;
        }));
      }
      start.countDown();
      for (Future<?> writer : writers) writer.get(60, TimeUnit.SECONDS);
      writing.set(false);
      for (Future<Integer> reader : readers) reader.get(60, TimeUnit.SECONDS);
    } finally {
      writing.set(false);
      pool.shutdownNow();
    }
    warnings.assertNone();
    try (Stream<Path> files = Files.list(root)) {
      assertEquals(List.of(root.resolve(KEY.fileName())), files.toList());
    }
  }

  @Test
  void turnedOffMeansMemoryOnlyWithoutWarningsOrFiles() throws Exception {
    Path dir = root.resolve("never-created");
    CacheLocation off = CacheLocation.resolve(
        p -> p.equals(DiskCache.ENABLED_PROPERTY) ? "false" : p.equals(DiskCache.DIRECTORY_PROPERTY) ? dir.toString() : null,
        e -> null);

    DiskCache cache = DiskCache.at(off, warnings);
    cache.store(KEY, CODE);

    assertFalse(cache.isOnDisk());
    assertArrayEquals(CODE, cache.load(KEY).orElseThrow());
    assertFalse(Files.exists(dir));
    warnings.assertNone();
  }

  @Test
  void directoryFromPropertiesIsUsed() {
    Path dir = root.resolve("from-property");
    CacheLocation location = CacheLocation.resolve(
        p -> p.equals(DiskCache.DIRECTORY_PROPERTY) ? dir.toString() : null, e -> null);

    DiskCache.at(location, warnings).store(KEY, CODE);

    assertTrue(Files.isRegularFile(dir.resolve(KEY.fileName())));
  }

  @Test
  void leftoverTemporaryFilesAreNotEntries() throws Exception {
    DiskCache cache = DiskCache.open(root, warnings);
    Files.write(root.resolve("." + KEY.fileName() + ".123.tmp"), EntryFormat.encode(KEY, CODE));
    assertEquals(Optional.empty(), cache.load(KEY));
    warnings.assertNone();
  }
}
