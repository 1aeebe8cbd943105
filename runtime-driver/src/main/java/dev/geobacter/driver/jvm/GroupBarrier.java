package dev.geobacter.driver.jvm;

/**
 * The barrier of a team of threads that runs one work-group at a time. Work-items meet here at
 * {@code Gpu.barrier()} ({@link Kind#KERNEL}) and between groups ({@link Kind#GROUP_START}, whose
 * last arrival takes the team's next group). A phase that mixes the two kinds means the group's
 * work-items disagree on how many barriers they reach: that fails the launch instead of silently
 * pairing unrelated barriers. {@link #abort()} releases every waiting thread.
 */
final class GroupBarrier {
  enum Kind { KERNEL, GROUP_START }

  /** Thrown in a team's threads when the launch is being stopped; never reaches the caller. */
  static final class Aborted extends RuntimeException {
    Aborted() {
      super("jvm launch aborted", null, false, false);
    }
  }

  private final int parties;
  private final LaunchState launch;
  private int arrived;
  private Kind phaseKind;
  private long generation;
  private int group = -1;
  private boolean aborted;

  GroupBarrier(int parties, LaunchState launch) {
    this.parties = parties;
    this.launch = launch;
  }

  /** Waits for the whole team; for {@link Kind#GROUP_START} returns the group to run next (-1: stop). */
  synchronized int await(Kind kind) {
    if (aborted) throw new Aborted();
    if (arrived == 0) {
      phaseKind = kind;
    } else if (phaseKind != kind) {
      launch.fail(new IllegalStateException("work-items of work-group " + group + " reached Gpu.barrier() a "
          + "different number of times: every work-item of a group must reach the same barriers"));
      abort();
      throw new Aborted();
    }
    long phase = generation;
    if (++arrived == parties) {
      arrived = 0;
      generation++;
      if (kind == Kind.GROUP_START) group = launch.nextGroup();
      notifyAll();
      return group;
    }
    while (phase == generation && !aborted) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        abort();
      }
    }
    if (aborted) throw new Aborted();
    return group;
  }

  synchronized void abort() {
    aborted = true;
    notifyAll();
  }
}
