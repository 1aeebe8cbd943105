package dev.geobacter.bench;

import static dev.geobacter.Gpu.globalId;

import dev.geobacter.Device;
import dev.geobacter.Geobacter;
import dev.geobacter.Grid;
import java.util.stream.IntStream;

/**
 * One all-pairs gravitational step in float. Bodies are packed four floats each: positions as
 * {@code (x, y, z, mass)}, velocities as {@code (vx, vy, vz, 0)}. Every body sums the pull of all
 * bodies (itself included: softening {@code eps} keeps that term zero) in increasing index order,
 * then moves: {@code v' = v + a dt}, {@code p' = p + v' dt}. Inputs are only read, so a step can be
 * repeated and always gives the same output.
 */
public final class NBody {
  private NBody() {}

  static final int GROUP_SIZE = 256;

  static void step(float[] pos, float[] vel, float[] newPos, float[] newVel, float dt, float eps) {
    int i = globalId(0);
    int n = pos.length / 4;
    if (i >= n) return;
    float xi = pos[4 * i];
    float yi = pos[4 * i + 1];
    float zi = pos[4 * i + 2];
    float ax = 0f;
    float ay = 0f;
    float az = 0f;
    for (int j = 0; j < n; j++) {
      float dx = pos[4 * j] - xi;
      float dy = pos[4 * j + 1] - yi;
      float dz = pos[4 * j + 2] - zi;
      float d2 = dx * dx + dy * dy + dz * dz;
      float inv = 1f / (float) Math.sqrt(d2 + eps);
      float s = pos[4 * j + 3] * inv * inv * inv;
      ax += dx * s;
      ay += dy * s;
      az += dz * s;
    }
    float vx = vel[4 * i] + ax * dt;
    float vy = vel[4 * i + 1] + ay * dt;
    float vz = vel[4 * i + 2] + az * dt;
    newVel[4 * i] = vx;
    newVel[4 * i + 1] = vy;
    newVel[4 * i + 2] = vz;
    newVel[4 * i + 3] = 0f;
    newPos[4 * i] = xi + vx * dt;
    newPos[4 * i + 1] = yi + vy * dt;
    newPos[4 * i + 2] = zi + vz * dt;
    newPos[4 * i + 3] = pos[4 * i + 3];
  }

  public static void launch(Device device, float[] pos, float[] vel, float[] newPos, float[] newVel, float dt,
      float eps) {
    var kernel = Geobacter.kernelInstance(NBody::step);
    device.launch(kernel, Grid.of(pos.length / 4, GROUP_SIZE), pos, vel, newPos, newVel, dt, eps);
  }

  public static void serial(float[] pos, float[] vel, float[] newPos, float[] newVel, float dt, float eps) {
    for (int i = 0; i < pos.length / 4; i++) body(pos, vel, newPos, newVel, dt, eps, i);
  }

  public static void parallel(float[] pos, float[] vel, float[] newPos, float[] newVel, float dt, float eps) {
    IntStream.range(0, pos.length / 4).parallel().forEach(i -> body(pos, vel, newPos, newVel, dt, eps, i));
  }

  private static void body(float[] pos, float[] vel, float[] newPos, float[] newVel, float dt, float eps, int i) {
    int n = pos.length / 4;
    float xi = pos[4 * i];
    float yi = pos[4 * i + 1];
    float zi = pos[4 * i + 2];
    float ax = 0f;
    float ay = 0f;
    float az = 0f;
    for (int j = 0; j < n; j++) {
      float dx = pos[4 * j] - xi;
      float dy = pos[4 * j + 1] - yi;
      float dz = pos[4 * j + 2] - zi;
      float d2 = dx * dx + dy * dy + dz * dz;
      float inv = 1f / (float) Math.sqrt(d2 + eps);
      float s = pos[4 * j + 3] * inv * inv * inv;
      ax += dx * s;
      ay += dy * s;
      az += dz * s;
    }
    float vx = vel[4 * i] + ax * dt;
    float vy = vel[4 * i + 1] + ay * dt;
    float vz = vel[4 * i + 2] + az * dt;
    newVel[4 * i] = vx;
    newVel[4 * i + 1] = vy;
    newVel[4 * i + 2] = vz;
    newVel[4 * i + 3] = 0f;
    newPos[4 * i] = xi + vx * dt;
    newPos[4 * i + 1] = yi + vy * dt;
    newPos[4 * i + 2] = zi + vz * dt;
    newPos[4 * i + 3] = pos[4 * i + 3];
  }
}
