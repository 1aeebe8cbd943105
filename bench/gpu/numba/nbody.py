"""One all-pairs n-body step in float for 65536 bodies, blocks of 256. Bodies are rows of four
floats: positions (x, y, z, mass), velocities (vx, vy, vz, 0). Each body sums the pull of every body
in index order with 1 / sqrt(d2 + eps), then v' = v + a dt, p' = p + v' dt. numpy checks 512
random bodies."""
import math
import sys

import numpy as np

from bench_common import RNG, close_enough, cuda, median_kernel_ms, report, uniform, unwritten

BLOCK = 256
DT = np.float32(0.01)
EPS = np.float32(0.01)
ONE = np.float32(1)
ZERO = np.float32(0)


@cuda.jit
def nbody(pos, vel, new_pos, new_vel):
    i = cuda.grid(1)
    n = pos.shape[0]
    if i < n:
        xi, yi, zi = pos[i, 0], pos[i, 1], pos[i, 2]
        ax = ZERO
        ay = ZERO
        az = ZERO
        for j in range(n):
            dx = pos[j, 0] - xi
            dy = pos[j, 1] - yi
            dz = pos[j, 2] - zi
            d2 = dx * dx + dy * dy + dz * dz
            inv = ONE / math.sqrt(d2 + EPS)
            s = pos[j, 3] * inv * inv * inv
            ax += dx * s
            ay += dy * s
            az += dz * s
        vx = vel[i, 0] + ax * DT
        vy = vel[i, 1] + ay * DT
        vz = vel[i, 2] + az * DT
        new_vel[i, 0] = vx
        new_vel[i, 1] = vy
        new_vel[i, 2] = vz
        new_vel[i, 3] = ZERO
        new_pos[i, 0] = xi + vx * DT
        new_pos[i, 1] = yi + vy * DT
        new_pos[i, 2] = zi + vz * DT
        new_pos[i, 3] = pos[i, 3]


def reference(pos, vel, i):
    """Body i's new position and velocity, summed in index order in float32."""
    d = pos[:, :3] - pos[i, :3]
    d2 = (d[:, 0] * d[:, 0] + d[:, 1] * d[:, 1]) + d[:, 2] * d[:, 2]
    inv = ONE / np.sqrt(d2 + EPS)
    s = pos[:, 3] * inv * inv * inv
    acc = np.cumsum(d * s[:, None], axis=0, dtype=np.float32)[-1]
    v = vel[i, :3] + acc * DT
    p = pos[i, :3] + v * DT
    return np.concatenate([p, pos[i, 3:4], v, [ZERO]]).astype(np.float32)


def main():
    n = 65536
    pos = uniform((n, 4), -1, 1)
    pos[:, 3] = uniform(n, 0.5, 1.5) / np.float32(n)
    vel = uniform((n, 4), -0.1, 0.1)
    vel[:, 3] = 0
    dpos, dvel = cuda.to_device(pos), cuda.to_device(vel)
    dnew_pos, dnew_vel = unwritten((n, 4)), unwritten((n, 4))
    blocks = (n + BLOCK - 1) // BLOCK

    ms = median_kernel_ms(lambda: nbody[blocks, BLOCK](dpos, dvel, dnew_pos, dnew_vel), 20)

    new_pos, new_vel = dnew_pos.copy_to_host(), dnew_vel.copy_to_host()
    bodies = RNG.integers(0, n, 512)
    got = np.concatenate([np.concatenate([new_pos[i], new_vel[i]]) for i in bodies])
    want = np.concatenate([reference(pos, vel, i) for i in bodies])
    ok = close_enough("nbody", got, want, 1e-5, 1e-5)
    return report("nbody", ms, ok, "ginteractions_s", n * n / (ms * 1e6))


if __name__ == "__main__":
    sys.exit(main())
