package dev.geobacter.samples;

import static dev.geobacter.Gpu.barrier;
import static dev.geobacter.Gpu.globalId;
import static dev.geobacter.Gpu.groupId;
import static dev.geobacter.Gpu.localId;
import static dev.geobacter.Gpu.localSize;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import java.util.Random;

/** One sum per work-group by a tree reduction that meets at barrier() between steps. */
public final class GroupSums {
  private GroupSums() {}

  static void groupSums(float[] values, float[] scratch, float[] sums) {
    int local = localId(0);
    int base = groupId(0) * localSize(0);
    int i = globalId(0);
    scratch[base + local] = i < values.length ? values[i] : 0f;
    barrier();
    for (int stride = localSize(0) / 2; stride > 0; stride /= 2) {
      if (local < stride) scratch[base + local] += scratch[base + local + stride];
      barrier();
    }
    if (local == 0) sums[groupId(0)] = scratch[base];
  }

  /** Runs the reduction on {@code device} and returns how many group sums differ from plain Java. */
  public static int run(Device device, int n, int groupSize, long seed) {
    Random random = new Random(seed);
    float[] values = new float[n];
    for (int i = 0; i < n; i++) values[i] = random.nextFloat();
    Grid grid = Grid.of(n, groupSize);
    float[] scratch = new float[grid.globalSize(0)];
    float[] sums = new float[grid.numGroups(0)];
    var kernel = Geobacter.kernelInstance(GroupSums::groupSums);
    device.launch(kernel, grid, values, scratch, sums);
    return SampleSupport.mismatches(sumsInJava(values, groupSize, grid.numGroups(0)), sums);
  }

  /** The same tree, in the same order, in plain Java. */
  static float[] sumsInJava(float[] values, int groupSize, int groups) {
    float[] sums = new float[groups];
    for (int g = 0; g < groups; g++) {
      float[] tree = new float[groupSize];
      for (int l = 0; l < groupSize; l++) {
        int i = g * groupSize + l;
        tree[l] = i < values.length ? values[i] : 0f;
      }
      for (int stride = groupSize / 2; stride > 0; stride /= 2) {
        for (int l = 0; l < stride; l++) tree[l] += tree[l + stride];
      }
      sums[g] = tree[0];
    }
    return sums;
  }

  public static void main(String[] args) {
    SampleSupport.Options options = SampleSupport.parse(args, 1 << 16);
    try (Device device = options.device()) {
      long start = System.nanoTime();
      int wrong = run(device, options.size(), 256, 11);
      SampleSupport.report("group sums (barrier)", device, options.size() + " floats", start, wrong);
    }
  }
}
