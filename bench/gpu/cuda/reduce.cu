// Block tree reduction in shared memory: 2^26 floats, blocks of 256, one partial sum per block.
// The CPU repeats the same pairwise tree per block, so sums agree bit for bit (additions only).
#include "bench_common.cuh"

constexpr int kBlock = 256;

__global__ void block_sums(const float* values, float* sums, int n) {
  __shared__ float scratch[kBlock];
  int local = threadIdx.x;
  int i = blockIdx.x * blockDim.x + local;
  scratch[local] = i < n ? values[i] : 0.f;
  __syncthreads();
  for (int stride = blockDim.x / 2; stride > 0; stride /= 2) {
    if (local < stride) scratch[local] += scratch[local + stride];
    __syncthreads();
  }
  if (local == 0) sums[blockIdx.x] = scratch[0];
}

int main() {
  const int n = 1 << 26;
  const int blocks = (n + kBlock - 1) / kBlock;
  auto values = bench::uniform(n, -1.f, 1.f);
  float* dvalues = bench::to_device(values);
  float* dsums = bench::alloc_device<float>(blocks);

  double ms = bench::median_kernel_ms([&] { block_sums<<<blocks, kBlock>>>(dvalues, dsums, n); });

  auto sums = bench::to_host(dsums, blocks);
  std::vector<float> want(blocks);
  float tree[kBlock];
  for (int b = 0; b < blocks; b++) {
    for (int t = 0; t < kBlock; t++) {
      size_t i = static_cast<size_t>(b) * kBlock + t;
      tree[t] = i < static_cast<size_t>(n) ? values[i] : 0.f;
    }
    for (int stride = kBlock / 2; stride > 0; stride /= 2)
      for (int t = 0; t < stride; t++) tree[t] += tree[t + stride];
    want[b] = tree[0];
  }
  // Additions only: no contraction can change them, so this check is exact in both builds.
  bool ok = bench::close_enough("reduce", sums, want, bench::all_indices(blocks), 0.f, 0.f);
  double bytes = sizeof(float) * static_cast<double>(n);
  return bench::report("reduce", ms, ok, "gb_s", bytes / (ms * 1e6));
}
