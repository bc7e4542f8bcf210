/**
 * A fixed offered load, as customers make it: requests due at evenly spaced times whatever
 * the server is doing, each one's latency counted from when it was due (so time spent
 * waiting for a free connection counts too), as wrk2 does. autocannon's fixed rate is not
 * that: each connection sends its share of a second back to back and then idles, and its
 * coordinated-omission correction assumes a request was due every millisecond (`Math.ceil(1 /
 * rate)` with the rate per second), so one 70 ms response adds 70 made-up samples.
 */
import http from 'node:http';
import { percentile } from './stats.js';

export type Request = { path: string; headers: Record<string, string>; body: string };
export type OpenLoopResult = {
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
};

/** Sends `rate` requests a second in all, spread evenly over the targets, for `seconds`. */
export async function openLoop(options: {
  urls: string[];
  rate: number;
  seconds: number;
  connections: number;
  request: (target: number) => Request;
}): Promise<OpenLoopResult> {
  const { urls, rate, seconds, connections } = options;
  const agents = urls.map(() => new http.Agent({ keepAlive: true, maxSockets: connections }));
  const latencies: number[] = [];
  let errors = 0;
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const start = performance.now();
  let sent = 0;
  let finished = 0;
  let done: () => void = () => {};
  const allDone = new Promise<void>((resolve) => {
    done = resolve;
  });

  const send = (index: number) => {
    const due = start + index * interval;
    const target = index % urls.length;
    const { path, headers, body } = options.request(target);
    const url = new URL(path, urls[target]);
    const req = http.request(url, {
      method: 'POST',
      agent: agents[target],
      headers: { ...headers, 'content-length': Buffer.byteLength(body) },
    });
    const end = (ok: boolean) => {
      if (ok) latencies.push(performance.now() - due);
      else errors++;
      if (++finished === total) done();
    };
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => end(res.statusCode !== undefined && res.statusCode < 300));
    });
    req.on('error', () => end(false));
    // A request the server never answers counts as an error instead of holding the run open.
    req.setTimeout(10_000, () => req.destroy(new Error('timed out')));
    req.end(body);
  };

  // Wake every millisecond and send whatever has fallen due; the agent queues requests
  // beyond `connections`, and their wait is part of their latency.
  const timer = setInterval(() => {
    const dueNow = Math.min(total, Math.floor((performance.now() - start) / interval) + 1);
    while (sent < dueNow) send(sent++);
    if (sent === total) clearInterval(timer);
  }, 1);
  await allDone;
  const elapsed = (performance.now() - start) / 1000;
  for (const agent of agents) agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    errors,
  };
}
