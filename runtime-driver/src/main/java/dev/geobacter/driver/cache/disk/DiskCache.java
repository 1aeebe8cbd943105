package dev.geobacter.driver.cache.disk;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Compiled kernels (object code, PTX, cubins...) kept on disk, so later JVMs skip compilation. A
 * store of bytes under a {@link DiskCacheKey}; backends decide what the bytes are.
 *
 * <p>The cache holds code that will run, so it trusts only what the current user alone can write:
 * the directory is created {@code rwx------}, and an entry is loaded only if it is a regular file
 * (not a link) owned by the current user, writable by nobody else, in such a directory, and records
 * exactly the requested key and a payload matching its SHA-256. Any other entry is deleted with one
 * WARNING line on the {@code System.Logger} {@code dev.geobacter.driver} saying why, and the caller
 * gets a miss and compiles again.
 *
 * <p>Writes go to a temporary file in the same directory, then move into place atomically, so
 * readers never see part of an entry and concurrent writers of one key are harmless (the last move
 * wins; both wrote the same key). A directory that cannot be created, written or trusted gives one
 * WARNING and the cache goes on in memory for the rest of the process; it never throws at users.
 * Thread-safe.
 */
public final class DiskCache {
  /** System property: the cache directory (default {@code $XDG_CACHE_HOME/geobacter} or {@code ~/.cache/geobacter}). */
  public static final String DIRECTORY_PROPERTY = "geobacter.cache.dir";
  /** System property: {@code false} keeps compiled kernels in memory only. */
  public static final String ENABLED_PROPERTY = "geobacter.cache.disk";

  private static final Logger LOG = System.getLogger("dev.geobacter.driver");

  private static final class Shared {
    static final DiskCache INSTANCE = at(CacheLocation.fromSystem(), DiskCache::logWarning);
  }

  private final Consumer<String> warnings;
  private final ConcurrentMap<DiskCacheKey, byte[]> memory = new ConcurrentHashMap<>();
  private final AtomicBoolean warnedMemoryOnly = new AtomicBoolean();
  private final FileTrust trust;
  /** Null once entries live in memory only. */
  private volatile Path directory;

  private DiskCache(Path directory, FileTrust trust, Consumer<String> warnings) {
    this.directory = directory;
    this.trust = trust;
    this.warnings = warnings;
  }

  /** The process-wide cache configured by system properties and the environment, opened on first use. */
  public static DiskCache shared() {
    return Shared.INSTANCE;
  }

  /** A cache in {@code directory}, created owner-only if missing; memory-only (with a warning) if unusable. */
  public static DiskCache open(Path directory) {
    return open(directory, DiskCache::logWarning);
  }

  /** A cache that keeps entries in memory only, for this process. */
  public static DiskCache memoryOnly() {
    return new DiskCache(null, null, DiskCache::logWarning);
  }

  static DiskCache open(Path directory, Consumer<String> warnings) {
    Path absolute = directory.toAbsolutePath().normalize();
    CacheDirectory.Outcome outcome = CacheDirectory.prepare(absolute);
    if (outcome instanceof CacheDirectory.Outcome.Ready ready) {
      return new DiskCache(ready.directory(), ready.trust(), warnings);
    }
    DiskCache cache = new DiskCache(null, null, warnings);
    cache.warnMemoryOnly(absolute, ((CacheDirectory.Outcome.Unusable) outcome).reason());
    return cache;
  }

  static DiskCache at(CacheLocation location, Consumer<String> warnings) {
    if (location.directory().isPresent()) return open(location.directory().get(), warnings);
    DiskCache cache = new DiskCache(null, null, warnings);
    if (!location.reason().isEmpty()) {
      cache.warnedMemoryOnly.set(true);
      warnings.accept("Geobacter kernel cache: " + location.reason() + "; compiled kernels are kept in memory only");
    }
    return cache;
  }

  /** Whether entries are written to disk (false when turned off, or after a directory problem). */
  public boolean isOnDisk() {
    return directory != null;
  }

  /** The directory entries are written to, while {@link #isOnDisk()}. */
  public Optional<Path> directory() {
    return Optional.ofNullable(directory);
  }

  /** The payload stored under {@code key}, or empty on a miss (absent, or rejected and deleted). */
  public Optional<byte[]> load(DiskCacheKey key) {
    Objects.requireNonNull(key, "key");
    Path dir = directory;
    if (dir == null) return Optional.ofNullable(memory.get(key)).map(byte[]::clone);
    Path file = dir.resolve(key.fileName());
    try {
      Optional<String> directoryProblem = trust.directoryProblem(dir);
      if (directoryProblem.isPresent()) {
        warnMemoryOnly(dir, directoryProblem.get());
        return Optional.empty();
      }
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
      Optional<String> problem = trust.entryProblem(file);
      if (problem.isPresent()) throw new RejectedEntryException(problem.get());
      EntryFormat.Entry entry = EntryFormat.decode(read(file));
      if (!entry.key().equals(key)) {
        throw new RejectedEntryException("it was stored for " + entry.key() + ", not for the requested " + key);
      }
      return Optional.of(entry.payload());
    } catch (NoSuchFileException e) {
      return Optional.empty(); // removed since we looked: a plain miss
    } catch (RejectedEntryException e) {
      reject(file, key, e.getMessage());
      return Optional.empty();
    } catch (IOException e) {
      warnings.accept("Geobacter kernel cache: cannot read entry " + file + " for " + key + " ("
          + CacheDirectory.describe(e) + "); the kernel will be compiled again");
      return Optional.empty();
    }
  }

  /** Stores {@code payload} under {@code key}, replacing any entry; never throws for I/O problems. */
  public void store(DiskCacheKey key, byte[] payload) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(payload, "payload");
    Path dir = directory;
    if (dir == null || payload.length > EntryFormat.MAX_PAYLOAD) {
      if (dir != null) {
        warnings.accept("Geobacter kernel cache: the compiled kernel for " + key + " has " + payload.length
            + " bytes, more than the " + EntryFormat.MAX_PAYLOAD + " an entry may hold; kept in memory only");
      }
      memory.put(key, payload.clone());
      return;
    }
    byte[] entry = EntryFormat.encode(key, payload);
    Path temp = null;
    try {
      // rw------- on POSIX; the move into place is a rename(2), atomic and replacing.
      temp = Files.createTempFile(dir, "." + key.fileName() + ".", ".tmp");
      Files.write(temp, entry);
      Files.move(temp, dir.resolve(key.fileName()), StandardCopyOption.ATOMIC_MOVE);
      temp = null;
    } catch (IOException e) {
      warnMemoryOnly(dir, "cannot write an entry: " + CacheDirectory.describe(e));
      memory.put(key, payload.clone());
    } finally {
      if (temp != null) deleteQuietly(temp);
    }
  }

  /**
   * The payload under {@code key}; on a miss, {@code compile} makes it and it is stored. Threads
   * of one process that miss together each compile (harmless, the entries are equal); the driver's
   * in-process cache in front of backends prepares each kernel once anyway.
   */
  public byte[] computeIfAbsent(DiskCacheKey key, Supplier<byte[]> compile) {
    Optional<byte[]> cached = load(key);
    if (cached.isPresent()) return cached.get();
    byte[] payload = Objects.requireNonNull(compile.get(), "the compiler returned no bytes");
    store(key, payload);
    return payload;
  }

  private static byte[] read(Path file) throws IOException, RejectedEntryException {
    try (SeekableByteChannel channel = Files.newByteChannel(file,
        Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
      long size = channel.size();
      if (size > EntryFormat.MAX_ENTRY) throw new RejectedEntryException("it is too large (" + size + " bytes)");
      ByteBuffer buffer = ByteBuffer.allocate((int) size);
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // keep reading: a channel may return fewer bytes than asked
      }
      if (buffer.hasRemaining()) throw new RejectedEntryException("it shrank while being read");
      return buffer.array();
    }
  }

  private void reject(Path file, DiskCacheKey key, String reason) {
    String outcome = "deleted it; the kernel will be compiled again";
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      outcome = "could not delete it (" + CacheDirectory.describe(e) + "); the kernel will be compiled again";
    }
    warnings.accept("Geobacter kernel cache: ignoring entry " + file + " for " + key + ": " + reason + "; " + outcome);
  }

  private void warnMemoryOnly(Path dir, String reason) {
    directory = null;
    if (warnedMemoryOnly.compareAndSet(false, true)) {
      warnings.accept("Geobacter kernel cache: cannot use directory " + dir + ": " + reason + ". Compiled kernels"
          + " are kept in memory only in this process. Make it a directory only you can write (chmod 700), choose"
          + " another with -D" + DIRECTORY_PROPERTY + "=DIR, or turn the disk cache off with -D" + ENABLED_PROPERTY
          + "=false.");
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a leftover temporary file is never read as an entry (its name does not end in .gbk)
    }
  }

  private static void logWarning(String message) {
    LOG.log(Level.WARNING, message);
  }
}
