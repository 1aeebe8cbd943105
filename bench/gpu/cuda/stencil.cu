// One Jacobi sweep of a 2-D 5-point stencil on 4096x4096 floats, 16x16 blocks:
// out = 0.2 * (c + n + s + w + e) inside, out = in on the border. Additions then one multiply,
// so no FMA can form: the check is exact in both builds.
#include "bench_common.cuh"

constexpr int kTile = 16;

__host__ __device__ inline float stencil_point(const float* in, int size, int x, int y) {
  int i = y * size + x;
  if (x == 0 || y == 0 || x == size - 1 || y == size - 1) return in[i];
  return 0.2f * ((((in[i] + in[i - size]) + in[i + size]) + in[i - 1]) + in[i + 1]);
}

__global__ void stencil(const float* in, float* out, int size) {
  int x = blockIdx.x * blockDim.x + threadIdx.x;
  int y = blockIdx.y * blockDim.y + threadIdx.y;
  if (x < size && y < size) out[y * size + x] = stencil_point(in, size, x, y);
}

int main() {
  const int size = 4096;
  const size_t count = static_cast<size_t>(size) * size;
  auto in = bench::uniform(count, -1.f, 1.f);
  float* din = bench::to_device(in);
  float* dout = bench::alloc_device<float>(count);

  dim3 block(kTile, kTile);
  dim3 grid(size / kTile, size / kTile);
  double ms = bench::median_kernel_ms([&] { stencil<<<grid, block>>>(din, dout, size); });

  auto out = bench::to_host(dout, count);
  std::vector<float> want(count);
  for (int y = 0; y < size; y++)
    for (int x = 0; x < size; x++) want[static_cast<size_t>(y) * size + x] = stencil_point(in.data(), size, x, y);
  bool ok = bench::close_enough("stencil", out, want, bench::all_indices(count), 0.f, 0.f);
  double bytes = 2.0 * sizeof(float) * count;  // each point read once (neighbours hit the cache) and written once
  return bench::report("stencil", ms, ok, "gb_s", bytes / (ms * 1e6));
}
