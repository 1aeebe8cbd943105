package dev.geobacter.driver.jvm;

import dev.geobacter.Grid;
import dev.geobacter.internal.WorkItems;
import java.util.ArrayList;
import java.util.List;

/**
 * A launch of a kernel that calls {@code Gpu.barrier()}: every work-item of a group needs its own
 * thread to wait in. A bounded number of teams (one thread per work-item of a group each) run
 * groups one after another, so a grid of any size uses at most {@link #MAX_THREADS} threads.
 */
final class TeamLaunch {
  /** Largest work-group the jvm device runs with barriers (as on CUDA). */
  static final int MAX_GROUP_SIZE = 1024;
  static final int MAX_THREADS = 4096;

  private final Grid grid;
  private final WorkItemRunner kernel;
  private final LaunchState state;

  TeamLaunch(Grid grid, WorkItemRunner kernel) {
    int size = grid.workItemsPerGroup();
    if (size > MAX_GROUP_SIZE) {
      throw new IllegalArgumentException("work-groups of " + size + " work-items are too large for a kernel that "
          + "calls Gpu.barrier() on the jvm device (at most " + MAX_GROUP_SIZE + "): use smaller groups in the Grid");
    }
    this.grid = grid;
    this.kernel = kernel;
    this.state = new LaunchState(grid.totalGroups());
  }

  void run(int parallelism) {
    int size = grid.workItemsPerGroup();
    int teams = Math.max(1, Math.min(Math.min(parallelism, grid.totalGroups()), MAX_THREADS / size));
    List<GroupBarrier> barriers = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int team = 0; team < teams; team++) {
      GroupBarrier barrier = new GroupBarrier(size, state);
      barriers.add(barrier);
      for (int local = 0; local < size; local++) {
        int item = local;
        Thread thread = new Thread(() -> runMember(barrier, item), "geobacter-jvm-team" + team + "-item" + local);
        thread.setDaemon(true);
        threads.add(thread);
      }
    }
    threads.forEach(Thread::start);
    joinAll(threads, barriers);
    state.rethrowFailure();
  }

  private void runMember(GroupBarrier barrier, int local) {
    WorkItem item = new WorkItem(grid, barrier);
    WorkItems.bind(item);
    try {
      for (int group = barrier.await(GroupBarrier.Kind.GROUP_START); group >= 0;
          group = barrier.await(GroupBarrier.Kind.GROUP_START)) {
        item.enterGroup(group);
        item.enterItem(local);
        kernel.run();
      }
    } catch (GroupBarrier.Aborted stopped) {
      // another work-item failed first; its exception is the one reported
    } catch (Throwable error) {
      state.fail(error);
      barrier.abort();
    } finally {
      WorkItems.unbind();
    }
  }

  /** If the caller is interrupted, the launch is stopped (all barriers released) and then awaited. */
  private void joinAll(List<Thread> threads, List<GroupBarrier> barriers) {
    boolean interrupted = false;
    for (Thread thread : threads) {
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
          state.fail(new IllegalStateException("launch interrupted"));
          barriers.forEach(GroupBarrier::abort);
        }
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }
}
