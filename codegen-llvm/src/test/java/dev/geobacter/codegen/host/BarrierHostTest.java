package dev.geobacter.codegen.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.geobacter.Grid;
import dev.geobacter.codegen.CodegenException;
import dev.geobacter.codegen.CodegenOptions;
import dev.geobacter.codegen.testing.CompiledKernels;
import dev.geobacter.codegen.testing.HostDifferential;
import dev.geobacter.codegen.testing.IrCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Kernels with barriers on the host: each work-group's work-items run as coroutines on one thread. */
class BarrierHostTest {
  private static CompiledKernels kernels;

  @BeforeAll
  static void compileKernels() {
    kernels = CompiledKernels.compile("Sync", """
        import static dev.geobacter.Gpu.*;
        class Sync {
          static void groupSums(int[] data, int[] scratch, int[] sums) {
            int lid = localId(0), gid = globalId(0);
            scratch[gid] = data[gid];
            barrier();
            for (int s = localSize(0) / 2; s > 0; s >>= 1) {
              if (lid < s) scratch[gid] += scratch[gid + s];
              barrier();
            }
            if (lid == 0) sums[groupId(0)] = scratch[gid];
          }

          static void reverseInGroup(float[] data, float[] scratch) {
            int x = localId(0), y = localId(1);
            int w = localSize(0), h = localSize(1);
            int base = (groupId(1) * numGroups(0) + groupId(0)) * w * h;
            float mine = data[base + y * w + x] * 2;
            scratch[base + y * w + x] = mine;
            barrier();
            data[base + y * w + x] = scratch[base + (h - 1 - y) * w + (w - 1 - x)] + mine;
          }

          static void failsAfterBarrier(int[] data) {
            int lid = localId(0);
            data[globalId(0)] = lid;
            barrier();
            data[lid * 3] = 1;
          }

          static void failsBeforeBarrier(int[] data) {
            if (localId(0) == 5) data[data.length] = 1;
            barrier();
            data[globalId(0)] = 2;
          }

          static void helper() {
            barrier();
          }

          static void barrierInCallee(int[] data) {
            data[globalId(0)] = 1;
            helper();
          }
        }
        """);
  }

  @Test
  void treeReductionSumsEveryGroup() {
    treeReduction(CodegenOptions.defaults());
  }

  @Test
  void coroutinesAreSplitWithoutOptimizationToo() {
    treeReduction(new CodegenOptions(true, true, 0));
  }

  private static void treeReduction(CodegenOptions options) {
    int groups = 37;
    int size = 64;
    int[] data = new int[groups * size];
    for (int i = 0; i < data.length; i++) data[i] = i * 31 % 1000 - 300;
    int[] expected = new int[groups];
    for (int i = 0; i < data.length; i++) expected[i / size] += data[i];
    int[] sums = new int[groups];
    HostDifferential.compile(kernels, "groupSums", options)
        .launch(Grid.of(data.length, size), data, new int[data.length], sums);
    assertArrayEquals(expected, sums);
  }

  @Test
  void valuesLiveAcrossABarrierInTwoDimensionalGroups() {
    int w = 4;
    int h = 3;
    int groups = 6;
    float[] data = new float[w * h * groups];
    for (int i = 0; i < data.length; i++) data[i] = i;
    float[] expected = new float[data.length];
    for (int g = 0; g < groups; g++) {
      for (int i = 0; i < w * h; i++) {
        expected[g * w * h + i] = data[g * w * h + w * h - 1 - i] * 2 + data[g * w * h + i] * 2;
      }
    }
    HostDifferential.compile(kernels, "reverseInGroup", CodegenOptions.defaults())
        .launch(Grid.of(w * 3, h * 2, w, h), data, new float[data.length]);
    assertArrayEquals(expected, data);
  }

  @Test
  void aFailureAfterABarrierIsReported() {
    ArrayIndexOutOfBoundsException e = assertThrows(ArrayIndexOutOfBoundsException.class, () ->
        HostDifferential.compile(kernels, "failsAfterBarrier", CodegenOptions.defaults())
            .launch(Grid.of(16, 16), new int[16]));
    assertEquals("Index 18 out of bounds for length 16 at Sync.failsAfterBarrier(Sync.java:28)", e.getMessage());
  }

  @Test
  void aFailureBeforeTheFirstBarrierStopsTheGroupsStartedWorkItems() {
    int[] data = new int[32];
    ArrayIndexOutOfBoundsException e = assertThrows(ArrayIndexOutOfBoundsException.class, () ->
        HostDifferential.compile(kernels, "failsBeforeBarrier", CodegenOptions.defaults())
            .launch(Grid.of(32, 16), data));
    assertEquals("Index 32 out of bounds for length 32 at Sync.failsBeforeBarrier(Sync.java:32)", e.getMessage());
    assertArrayEquals(new int[32], data);
  }

  @Test
  void barriersInCalledMethodsAreRefused() {
    CodegenException e = assertThrows(CodegenException.class,
        () -> HostDifferential.compiler().ir(kernels.program("barrierInCallee"), CodegenOptions.defaults(), false));
    assertTrue(e.getMessage().contains("must be called in the kernel method itself"), e.getMessage());
    assertEquals(38, e.position().line());
  }

  @Test
  void theKernelBecomesACoroutineThatSuspendsAtEachBarrier() {
    IrCheck.assertMatches("barrier-coroutine", """
        // CHECK: define internal ptr @Sync_dgroupSums_l_aI_aI_aI_rV(ptr %0, { ptr, i32 } %1, { ptr, i32 } %2, { ptr, i32 } %3) #{{[0-9]+}}
        // CHECK: call token @llvm.coro.id(
        // CHECK: call ptr @malloc(i64
        // CHECK: call ptr @llvm.coro.begin(
        // CHECK: coro.final.{{[0-9]+}}:
        // CHECK: call i8 @llvm.coro.suspend(token none, i1 true)
        // CHECK: call ptr @llvm.coro.free(
        // CHECK: call void @free(
        // CHECK: call i8 @llvm.coro.suspend(token none, i1 false)
        // CHECK: call i8 @llvm.coro.suspend(token none, i1 false)
        // CHECK-NOT: call i8 @llvm.coro.suspend
        // CHECK: define void @geobacter.kernel(
        // CHECK: call void @llvm.coro.resume(
        // CHECK: call void @llvm.coro.destroy(
        // CHECK: presplitcoroutine
        """, HostDifferential.compiler().ir(kernels.program("groupSums"), CodegenOptions.defaults(), false));
  }
}
