// Naive matmul: c = a b for 2048x2048 floats, row-major, 16x16 blocks, one output per thread,
// summed over k in increasing order. Checked on 4096 random entries.
#include "bench_common.cuh"

constexpr int kTile = 16;

__global__ void matmul(const float* a, const float* b, float* c, int n) {
  int col = blockIdx.x * blockDim.x + threadIdx.x;
  int row = blockIdx.y * blockDim.y + threadIdx.y;
  if (row >= n || col >= n) return;
  float sum = 0.f;
  for (int k = 0; k < n; k++) sum += a[row * n + k] * b[k * n + col];
  c[row * n + col] = sum;
}

int main() {
  const int n = 2048;
  const size_t count = static_cast<size_t>(n) * n;
  auto a = bench::uniform(count, -1.f, 1.f);
  auto b = bench::uniform(count, -1.f, 1.f);
  float* da = bench::to_device(a);
  float* db = bench::to_device(b);
  float* dc = bench::alloc_device<float>(count);

  dim3 block(kTile, kTile);
  dim3 grid((n + kTile - 1) / kTile, (n + kTile - 1) / kTile);
  double ms = bench::median_kernel_ms([&] { matmul<<<grid, block>>>(da, db, dc, n); }, 20);

  auto c = bench::to_host(dc, count);
  auto indices = bench::sample_indices(count, 4096);
  std::vector<float> want;
  for (size_t i : indices) {
    size_t row = i / n, col = i % n;
    float sum = 0.f;
    for (int k = 0; k < n; k++) sum += a[row * n + k] * b[k * n + col];
    want.push_back(sum);
  }
  // With FMA contraction each of the 2048 steps may round differently: allow for the drift.
  bool ok = bench::close_enough("matmul", c, want, indices, 1e-3f, 1e-4f);
  double flops = 2.0 * n * n * static_cast<double>(n);
  return bench::report("matmul", ms, ok, "gflops", flops / (ms * 1e6));
}
