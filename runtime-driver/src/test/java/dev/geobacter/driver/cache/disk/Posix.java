package dev.geobacter.driver.cache.disk;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;

/** File-system facts the trust tests depend on; tests that need one skip with the reason otherwise. */
final class Posix {
  private Posix() {}

  static void assumePosix() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "needs a file system with POSIX permissions");
  }

  static void chmod(Path path, String permissions) throws IOException {
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
  }

  static String permissions(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
  }

  /** Whether this process is bound by file permissions (false for root, who reads and writes anything). */
  static boolean permissionsBind(Path scratch) throws IOException {
    Path locked = Files.createTempFile(scratch, "locked", ".tmp");
    chmod(locked, "---------");
    try {
      return !Files.isReadable(locked);
    } finally {
      Files.delete(locked);
    }
  }

  /** Gives {@code path} to another user, or skips the test where this process may not (not root). */
  static void assumeGivenToAnotherUser(Path path) throws IOException {
    UserPrincipal other;
    try {
      other = path.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
    } catch (IOException e) {
      assumeTrue(false, "no user 'nobody' to give a file to: " + e);
      return;
    }
    try {
      Files.setOwner(path, other);
    } catch (IOException e) {
      assumeTrue(false, "this user may not give files away (only root can chown): " + e);
    }
  }
}
