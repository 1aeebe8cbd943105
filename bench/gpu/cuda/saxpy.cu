// saxpy: z = a * x + y over 2^26 floats, one element per thread, blocks of 256.
#include "bench_common.cuh"

__global__ void saxpy(float a, const float* x, const float* y, float* z, int n) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) z[i] = a * x[i] + y[i];
}

int main() {
  const int n = 1 << 26;
  const float a = 2.5f;
  auto x = bench::uniform(n, -1.f, 1.f);
  auto y = bench::uniform(n, -1.f, 1.f);
  float* dx = bench::to_device(x);
  float* dy = bench::to_device(y);
  float* dz = bench::alloc_device<float>(n);

  double ms = bench::median_kernel_ms([&] { saxpy<<<(n + 255) / 256, 256>>>(a, dx, dy, dz, n); });

  auto z = bench::to_host(dz, n);
  std::vector<float> want(n);
  for (int i = 0; i < n; i++) want[i] = a * x[i] + y[i];
  // An FMA differs from multiply-then-add by at most half an ulp of the product.
  bool ok = bench::close_enough("saxpy", z, want, bench::all_indices(n), 1e-6f, 1e-6f);
  double bytes = 3.0 * sizeof(float) * n;
  return bench::report("saxpy", ms, ok, "gb_s", bytes / (ms * 1e6));
}
