package dev.geobacter.driver.jvm;

import dev.geobacter.Grid;
import dev.geobacter.internal.WorkItems;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;

/**
 * A launch of a kernel without barriers: workers (the calling thread and pooled threads) take
 * work-groups one at a time and run each group's work-items in a loop.
 */
final class LoopLaunch {
  private final Grid grid;
  private final WorkItemRunner kernel;
  private final LaunchState state;

  LoopLaunch(Grid grid, WorkItemRunner kernel) {
    this.grid = grid;
    this.kernel = kernel;
    this.state = new LaunchState(grid.totalGroups());
  }

  void run(Executor pool, int parallelism) {
    int helpers = Math.min(parallelism, grid.totalGroups()) - 1;
    CountDownLatch finished = new CountDownLatch(helpers);
    for (int i = 0; i < helpers; i++) {
      pool.execute(() -> {
        try {
          runGroups();
        } finally {
          finished.countDown();
        }
      });
    }
    runGroups();
    awaitUninterruptibly(finished);
    state.rethrowFailure();
  }

  private void runGroups() {
    WorkItem item = new WorkItem(grid, null);
    int itemsPerGroup = grid.workItemsPerGroup();
    WorkItems.bind(item);
    try {
      for (int group = state.nextGroup(); group >= 0; group = state.nextGroup()) {
        item.enterGroup(group);
        for (int local = 0; local < itemsPerGroup; local++) {
          item.enterItem(local);
          kernel.run();
        }
      }
    } catch (Throwable error) {
      state.fail(error);
    } finally {
      WorkItems.unbind();
    }
  }

  /** Pool threads finish their current group quickly once nothing is handed out; wait for them. */
  private void awaitUninterruptibly(CountDownLatch latch) {
    boolean interrupted = false;
    while (true) {
      try {
        latch.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) Thread.currentThread().interrupt();
  }
}
