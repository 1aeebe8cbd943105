// One all-pairs n-body step in float for 65536 bodies, blocks of 256. Bodies are float4:
// positions (x, y, z, mass), velocities (vx, vy, vz, 0). Each body sums the pull of every body in
// index order with 1 / sqrt(d2 + eps) (correctly rounded: nvcc's defaults), then
// v' = v + a dt, p' = p + v' dt. Checked on 512 random bodies.
#include "bench_common.cuh"

constexpr int kBlock = 256;
constexpr float kDt = 0.01f;
constexpr float kEps = 0.01f;

__host__ __device__ inline void body_step(const float4* pos, const float4* vel, float4* new_pos, float4* new_vel,
                                          int n, int i) {
  float4 pi = pos[i];
  float ax = 0.f, ay = 0.f, az = 0.f;
  for (int j = 0; j < n; j++) {
    float4 pj = pos[j];
    float dx = pj.x - pi.x;
    float dy = pj.y - pi.y;
    float dz = pj.z - pi.z;
    float d2 = dx * dx + dy * dy + dz * dz;
    float inv = 1.f / sqrtf(d2 + kEps);
    float s = pj.w * inv * inv * inv;
    ax += dx * s;
    ay += dy * s;
    az += dz * s;
  }
  float4 v = vel[i];
  float vx = v.x + ax * kDt, vy = v.y + ay * kDt, vz = v.z + az * kDt;
  new_vel[i] = make_float4(vx, vy, vz, 0.f);
  new_pos[i] = make_float4(pi.x + vx * kDt, pi.y + vy * kDt, pi.z + vz * kDt, pi.w);
}

__global__ void nbody(const float4* pos, const float4* vel, float4* new_pos, float4* new_vel, int n) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) body_step(pos, vel, new_pos, new_vel, n, i);
}

int main() {
  const int n = 65536;
  auto pos_flat = bench::uniform(4 * static_cast<size_t>(n), -1.f, 1.f);
  auto vel_flat = bench::uniform(4 * static_cast<size_t>(n), -0.1f, 0.1f);
  auto masses = bench::uniform(n, 0.5f, 1.5f);
  std::vector<float4> pos(n), vel(n);
  for (int i = 0; i < n; i++) {
    pos[i] = make_float4(pos_flat[4 * i], pos_flat[4 * i + 1], pos_flat[4 * i + 2], masses[i] / n);
    vel[i] = make_float4(vel_flat[4 * i], vel_flat[4 * i + 1], vel_flat[4 * i + 2], 0.f);
  }
  float4* dpos = bench::to_device(pos);
  float4* dvel = bench::to_device(vel);
  float4* dnew_pos = bench::alloc_device<float4>(n);
  float4* dnew_vel = bench::alloc_device<float4>(n);

  double ms = bench::median_kernel_ms(
      [&] { nbody<<<(n + kBlock - 1) / kBlock, kBlock>>>(dpos, dvel, dnew_pos, dnew_vel, n); }, 20);

  auto new_pos = bench::to_host(dnew_pos, n);
  auto new_vel = bench::to_host(dnew_vel, n);
  std::vector<float> got, want;
  std::vector<float4> cpu_pos(n), cpu_vel(n);
  for (size_t i : bench::sample_indices(n, 512)) {
    body_step(pos.data(), vel.data(), cpu_pos.data(), cpu_vel.data(), n, static_cast<int>(i));
    for (float4 f : {new_pos[i], new_vel[i]}) got.insert(got.end(), {f.x, f.y, f.z, f.w});
    for (float4 f : {cpu_pos[i], cpu_vel[i]}) want.insert(want.end(), {f.x, f.y, f.z, f.w});
  }
  bool ok = bench::close_enough("nbody", got, want, bench::all_indices(got.size()), 1e-5f, 1e-5f);
  double interactions = static_cast<double>(n) * n;
  return bench::report("nbody", ms, ok, "ginteractions_s", interactions / (ms * 1e6));
}
