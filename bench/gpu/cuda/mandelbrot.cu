// Mandelbrot escape-time counts in float: 4096x4096 pixels over [-2.25, 0.75] x [-1.5, 1.5],
// at most 256 iterations, 16x16 blocks. Checked on every 16th row.
#include "bench_common.cuh"

constexpr int kTile = 16;
constexpr int kMaxIterations = 256;

__host__ __device__ inline int escape_time(float cr, float ci) {
  float zr = 0.f, zi = 0.f;
  int n = 0;
  while (n < kMaxIterations && zr * zr + zi * zi <= 4.f) {
    float next = zr * zr - zi * zi + cr;
    zi = 2.f * zr * zi + ci;
    zr = next;
    n++;
  }
  return n;
}

__global__ void mandelbrot(int* counts, int width, int height, float step) {
  int px = blockIdx.x * blockDim.x + threadIdx.x;
  int py = blockIdx.y * blockDim.y + threadIdx.y;
  if (px >= width || py >= height) return;
  counts[py * width + px] = escape_time(-2.25f + px * step, -1.5f + py * step);
}

int main() {
  const int size = 4096;
  const float step = 3.f / size;
  int* dcounts = bench::alloc_device<int>(static_cast<size_t>(size) * size);

  dim3 block(kTile, kTile);
  dim3 grid(size / kTile, size / kTile);
  double ms = bench::median_kernel_ms([&] { mandelbrot<<<grid, block>>>(dcounts, size, size, step); }, 20);

  auto counts = bench::to_host(dcounts, static_cast<size_t>(size) * size);
  size_t checked = 0, wrong = 0;
  for (int py = 0; py < size; py += 16) {
    for (int px = 0; px < size; px++) {
      int want = escape_time(-2.25f + px * step, -1.5f + py * step);
      int got = counts[static_cast<size_t>(py) * size + px];
      checked++;
      if (got != want && wrong++ == 0) std::fprintf(stderr, "mandelbrot: pixel (%d, %d): GPU %d, CPU %d\n", px, py, got, want);
    }
  }
  // With FMA contraction, points near the boundary of the set may escape an iteration earlier or
  // later (about 0.1% of pixels); without it every pixel must agree.
  bool ok = kExact ? wrong == 0 : wrong <= checked / 100;
  if (wrong) std::fprintf(stderr, "mandelbrot: %zu of %zu checked pixels differ\n", wrong, checked);
  return bench::report("mandelbrot", ms, ok, "mpixel_s", static_cast<double>(size) * size / (ms * 1e3));
}
