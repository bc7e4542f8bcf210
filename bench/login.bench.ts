import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTsunagi } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import { hashPassword, verifyPassword } from '../src/users/index.js';
import { fmt, percentile } from './stats.js';

const PARALLEL = 20;
const ROUNDS = 5;

/** `PARALLEL` requests at once, `ROUNDS` times; every request's latency. */
async function bursts(send: () => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(
      Array.from({ length: PARALLEL }, async () => {
        const t0 = performance.now();
        await send();
        latencies.push(performance.now() - t0);
      }),
    );
  }
  return latencies.sort((a, b) => a - b);
}

/**
 * Staff logins under a burst (a shift starting): 20 at once over HTTP against the demo users,
 * password hashes checked with argon2id. Baselines in the same run: one argon2id check alone, and
 * the same bursts of `/healthz` on the same server.
 */
export async function runLoginBench(): Promise<void> {
  const hash = await hashPassword('tsunagi-demo');
  const single: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    await verifyPassword(hash, 'tsunagi-demo');
    single.push(performance.now() - t0);
  }
  single.sort((a, b) => a - b);

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-bench-'));
  const tsunagi = await startTsunagi({
    // One address plays every operator: the public limits are raised, not removed.
    config: loadConfig({
      PORT: '0',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      RATE_LIMIT_FACTOR: '1000',
    }),
  });
  try {
    // Twenty operators of one tenant, each signing in once per burst.
    const admin = (await (
      await fetch(`${tsunagi.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@demo.tsunagi.local', password: 'tsunagi-demo' }),
      })
    ).json()) as { token: string };
    const users: string[] = [];
    for (let i = 0; i < PARALLEL; i++) {
      const email = `operator${i}@demo.tsunagi.local`;
      const res = await fetch(`${tsunagi.url}/api/v1/tenants/demo/users`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin.token}` },
        body: JSON.stringify({
          email,
          password: 'operator-password-42',
          name: `Operator ${i}`,
          role: 'agent',
        }),
      });
      if (res.status !== 201) throw new Error(`creating an operator answered ${res.status}`);
      users.push(email);
    }
    let n = 0;
    const logins = await bursts(async () => {
      const email = users[n++ % users.length];
      const res = await fetch(`${tsunagi.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: 'operator-password-42' }),
      });
      if (res.status !== 200) throw new Error(`login answered ${res.status}`);
      await res.text();
    });
    const health = await bursts(async () => {
      await (await fetch(`${tsunagi.url}/healthz`)).text();
    });
    console.log(
      `Staff login, ${PARALLEL} at once × ${ROUNDS} (argon2id 19 MiB, t=2): p50 ${fmt(percentile(logins, 50), 0)} ms, ` +
        `p99 ${fmt(percentile(logins, 99), 0)} ms (bar p99 < 1000 ms) | one argon2id check alone p50 ` +
        `${fmt(percentile(single, 50), 1)} ms; /healthz in the same bursts p99 ${fmt(percentile(health, 99), 1)} ms`,
    );
  } finally {
    await tsunagi.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
