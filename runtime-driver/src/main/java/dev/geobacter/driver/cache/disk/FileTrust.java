package dev.geobacter.driver.cache.disk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileOwnerAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Optional;

/**
 * Whether a cache file or directory may be trusted: the cache holds code that will run, so only
 * what the current user owns and nobody else can write is loaded. Links are never followed: a
 * symbolic link in place of an entry or of the cache directory is refused. On file systems
 * without POSIX permissions only ownership is checked.
 *
 * <p>The current user is the owner of a file this process created (the caller's probe), which
 * works for users without a name (containers running under an arbitrary uid).
 */
final class FileTrust {
  private final UserPrincipal currentUser;

  FileTrust(UserPrincipal currentUser) {
    this.currentUser = currentUser;
  }

  /** The owner of {@code probe}, a file this process has just created. */
  static FileTrust ownerOf(Path probe) throws IOException {
    return new FileTrust(Files.getOwner(probe, LinkOption.NOFOLLOW_LINKS));
  }

  UserPrincipal currentUser() {
    return currentUser;
  }

  /** Why {@code dir} must not hold our cache, or empty if it may. */
  Optional<String> directoryProblem(Path dir) throws IOException {
    return problem(dir, true);
  }

  /** Why the entry {@code file} must not be loaded, or empty if it may. */
  Optional<String> entryProblem(Path file) throws IOException {
    return problem(file, false);
  }

  private Optional<String> problem(Path path, boolean directory) throws IOException {
    BasicFileAttributes basic = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (basic.isSymbolicLink()) return Optional.of("it is a symbolic link");
    if (directory && !basic.isDirectory()) return Optional.of("it is not a directory");
    if (!directory && !basic.isRegularFile()) return Optional.of("it is not a regular file");
    UserPrincipal owner = owner(path);
    if (!owner.equals(currentUser)) {
      return Optional.of("it is owned by " + owner.getName() + ", not by " + currentUser.getName()
          + " (the user running this JVM)");
    }
    if (Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS) != null) {
      PosixFileAttributes posix = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (posix.permissions().contains(PosixFilePermission.GROUP_WRITE)
          || posix.permissions().contains(PosixFilePermission.OTHERS_WRITE)) {
        return Optional.of("it is writable by group or others (" + PosixFilePermissions.toString(posix.permissions())
            + ")");
      }
    }
    return Optional.empty();
  }

  private static UserPrincipal owner(Path path) throws IOException {
    FileOwnerAttributeView view = Files.getFileAttributeView(path, FileOwnerAttributeView.class,
        LinkOption.NOFOLLOW_LINKS);
    if (view == null) throw new IOException("the file system of " + path + " does not report file owners");
    return view.getOwner();
  }
}
