package dev.geobacter.driver.cache.disk;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Makes a cache directory ready: created owner-only ({@code rwx------}) when missing, then proven
 * writable and ours by creating (and deleting) a probe file in it, whose owner is the current user.
 */
final class CacheDirectory {
  private CacheDirectory() {}

  /** A directory that is ready, or why it cannot be used. */
  sealed interface Outcome {
    record Ready(Path directory, FileTrust trust) implements Outcome {}

    record Unusable(String reason) implements Outcome {}
  }

  static Outcome prepare(Path directory) {
    try {
      if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) create(directory);
      if (Files.isSymbolicLink(directory)) return new Outcome.Unusable("it is a symbolic link");
      if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
        return new Outcome.Unusable("it is not a directory");
      }
      FileTrust trust = probeOwner(directory);
      Optional<String> problem = trust.directoryProblem(directory);
      return problem.<Outcome>map(Outcome.Unusable::new).orElseGet(() -> new Outcome.Ready(directory, trust));
    } catch (IOException e) {
      return new Outcome.Unusable(describe(e));
    }
  }

  private static void create(Path directory) throws IOException {
    Path parent = directory.getParent();
    if (parent != null) Files.createDirectories(parent);
    try {
      if (Files.getFileAttributeView(parent == null ? directory.getRoot() : parent, PosixFileAttributeView.class)
          != null) {
        Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      } else {
        Files.createDirectory(directory);
      }
    } catch (FileAlreadyExistsException e) {
      // another process created it first; it is checked like any existing directory
    }
  }

  private static FileTrust probeOwner(Path directory) throws IOException {
    Path probe = Files.createTempFile(directory, ".probe-", ".tmp");
    try {
      return FileTrust.ownerOf(probe);
    } finally {
      Files.deleteIfExists(probe);
    }
  }

  /** An I/O failure in words: {@code "permission denied: /x/y"} rather than just the path. */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) return "permission denied: " + ((FileSystemException) e).getFile();
    if (e instanceof FileAlreadyExistsException exists) {
      return "a file that is not a directory is in the way: " + exists.getFile();
    }
    if (e instanceof NotDirectoryException notDirectory) return "not a directory: " + notDirectory.getFile();
    if (e instanceof FileSystemException failure) {
      String reason = failure.getReason() != null ? failure.getReason() : e.getClass().getSimpleName();
      return reason + (failure.getFile() != null ? ": " + failure.getFile() : "");
    }
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
