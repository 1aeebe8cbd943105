package dev.geobacter.cuda.driver;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.IntSupplier;

/**
 * Whether a context still exists, shared by everything allocated in it. Releasing a resource
 * holds the read lock and ending the context the write lock, so a buffer is either freed while
 * its context lives or skipped because the context (and with it the buffer) is gone: never freed
 * into a destroyed context, never twice.
 */
final class ContextLifetime {
  private final String name;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private boolean alive = true;

  ContextLifetime(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }

  boolean isAlive() {
    lock.readLock().lock();
    try {
      return alive;
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Runs {@code release} (which returns a {@code CUresult}) if the context is still alive and
   * returns its result; returns empty without running it if the context has ended.
   */
  java.util.OptionalInt releaseIfAlive(IntSupplier release) {
    lock.readLock().lock();
    try {
      return alive ? java.util.OptionalInt.of(release.getAsInt()) : java.util.OptionalInt.empty();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Ends the context: runs {@code destroy} once, after which no release runs. */
  void end(Runnable destroy) {
    lock.writeLock().lock();
    try {
      if (!alive) return;
      alive = false;
      destroy.run();
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public String toString() {
    return name + (alive ? "" : " (ended)");
  }
}
