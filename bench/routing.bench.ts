import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTsunagi } from '../src/app.js';
import { loadConfig } from '../src/config/index.js';
import {
  type AgentLevel,
  type Candidate,
  CandidatePool,
  chooseAgent,
  type RoutingNeed,
} from '../src/routing/index.js';
import { fmt, percentile } from './stats.js';

/** A small deterministic generator, so both runs see the same agents and needs. */
function generator(seed: number) {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
  const pickWeighted = <T>(items: [T, number][]): T => {
    let r = next() * items.reduce((a, [, w]) => a + w, 0);
    for (const [item, w] of items) {
      r -= w;
      if (r <= 0) return item;
    }
    return (items.at(-1) as [T, number])[0];
  };
  return { next, pickWeighted };
}

const languageMix: [string, number][] = [
  ['ja', 6],
  ['en', 3],
  ['ko', 1],
  ['zh', 1],
];
const skillNames = ['billing', 'returns', 'tech', 'vip', 'shipping', 'account'];

function buildScenario(agentCount: number, openConversations: number, decisions: number) {
  const g = generator(7);
  const agents: Candidate[] = Array.from({ length: agentCount }, (_, i) => {
    const languages = new Set([g.pickWeighted(languageMix)]);
    if (g.next() < 0.5) languages.add(g.pickWeighted(languageMix));
    const skills = skillNames.filter(() => g.next() < 0.25);
    const level = g.pickWeighted<AgentLevel>([
      ['new', 2],
      ['regular', 6],
      ['senior', 2],
    ]);
    return {
      id: `usr_${i}`,
      languages: [...languages],
      skills,
      level,
      maxConcurrent: 8 + Math.floor(g.next() * 7),
      load: 0,
    };
  });
  // The open conversations that are already assigned fill agents' slots; the rest wait.
  let assigned = 0;
  const assignedTarget = openConversations - decisions;
  for (let round = 0; assigned < assignedTarget && round < 20; round++) {
    for (const agent of agents) {
      if (assigned >= assignedTarget) break;
      if (agent.load < agent.maxConcurrent - 1 && g.next() < 0.9) {
        agent.load += 1;
        assigned += 1;
      }
    }
  }
  const needs: RoutingNeed[] = Array.from({ length: decisions }, () => ({
    language: g.next() < 0.05 ? null : g.pickWeighted(languageMix),
    skills: g.next() < 0.4 ? [skillNames[Math.floor(g.next() * skillNames.length)] as string] : [],
    preferSenior: g.next() < 0.3,
  }));
  return { agents, needs, assigned };
}

function timeDecisions(needs: RoutingNeed[], decide: (need: RoutingNeed) => void) {
  const times: number[] = [];
  for (const need of needs) {
    const start = process.hrtime.bigint();
    decide(need);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1) ?? 0 };
}

/** One routing decision (pick + record the new load) over 5,000 agents and 50,000 open conversations. */
function runDecisionBench() {
  const agentCount = Number(process.env.BENCH_AGENTS ?? 5000);
  const open = Number(process.env.BENCH_OPEN ?? 50000);
  const decisions = 5000;
  const scenario = buildScenario(agentCount, open, decisions);

  // Baseline: the naive scan of every agent per conversation.
  const scanAgents = scenario.agents.map((a) => ({ ...a }));
  let scanPicked = 0;
  const scan = timeDecisions(scenario.needs, (need) => {
    const pick = chooseAgent(scanAgents, need);
    if (pick) {
      pick.load += 1;
      scanPicked += 1;
    }
  });

  const pool = CandidatePool.from(scenario.agents);
  let poolPicked = 0;
  const indexed = timeDecisions(scenario.needs, (need) => {
    const pick = pool.pick(need);
    if (pick) {
      pool.setLoad(pick.id, pick.load + 1);
      poolPicked += 1;
    }
  });

  console.log(
    `routing decision: ${agentCount} online agents, ${scenario.assigned + decisions} open conversations (${decisions} waiting)`,
  );
  console.log(
    `  indexed pool  p50 ${fmt(indexed.p50, 4)} ms  p99 ${fmt(indexed.p99, 4)} ms  max ${fmt(indexed.max, 3)} ms  (${poolPicked} placed)  bar: p99 ≤ 1 ms → ${indexed.p99 <= 1 ? 'met' : 'MISSED'}`,
  );
  console.log(
    `  naive scan    p50 ${fmt(scan.p50, 4)} ms  p99 ${fmt(scan.p99, 4)} ms  max ${fmt(scan.max, 3)} ms  (${scanPicked} placed)  baseline`,
  );
  console.log(
    `  ratio         p50 ${fmt(scan.p50 / indexed.p50, 1)}× faster, p99 ${fmt(scan.p99 / indexed.p99, 1)}× faster\n`,
  );
}

/** Handoffs over HTTP on SQLite, with and without agents to assign them to. */
async function runAssignmentBench() {
  const count = Number(process.env.BENCH_HANDOFFS ?? 300);
  const concurrency = 32;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagi-routing-bench-'));
  const app = await startTsunagi({
    config: loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      SMTP_PORT: '0',
      TSUNAGI_DEMO: '0',
      // One address opens every conversation: the public limits are raised, not removed.
      RATE_LIMIT_FACTOR: '1000',
    }),
  });
  try {
    const { tenants, users } = app.services;
    const makeTenant = async (name: string, agentCount: number) => {
      const tenant = await tenants.createTenant({ name });
      for (let i = 0; i < agentCount; i++) {
        const agent = await users.createUser({
          tenantId: tenant.id,
          email: `bench-${name}-${i}@bench.local`,
          password: 'bench-password-1',
          name: `Agent ${i}`,
          role: 'agent',
          languages: ['ja'],
          maxConcurrent: Math.ceil(count / agentCount) + 1,
        });
        await users.setStatus(tenant.id, agent.id, 'online');
      }
      return tenant;
    };
    const handoffs = async (widgetKey: string) => {
      const start = performance.now();
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < count) {
            next += 1;
            const created = (await (
              await fetch(`${app.url}/api/v1/widget/${widgetKey}/conversations`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ language: 'ja' }),
              })
            ).json()) as { conversationId: string; customerToken: string };
            await fetch(
              `${app.url}/api/v1/widget/${widgetKey}/conversations/${created.conversationId}/messages`,
              {
                method: 'POST',
                headers: {
                  'content-type': 'application/json',
                  authorization: `Bearer ${created.customerToken}`,
                },
                body: JSON.stringify({ text: '人と話したい' }),
              },
            );
          }
        }),
      );
      return count / ((performance.now() - start) / 1000);
    };
    const queueOnly = await makeTenant('queue-only', 0);
    const routed = await makeTenant('routed', 20);
    const baseline = await handoffs(queueOnly.widgetKey);
    const withRouting = await handoffs(routed.widgetKey);
    const assigned = (
      await app.services.conversations.listConversations(routed.id, { status: 'assigned' })
    ).length;
    const queued = (
      await app.services.conversations.listConversations(queueOnly.id, { status: 'queued' })
    ).length;
    console.log(`assignment throughput: ${count} handoffs, ${concurrency} in flight, SQLite`);
    console.log(
      `  handoff + assignment to 20 agents  ${fmt(withRouting, 0)}/s  (${assigned} assigned)`,
    );
    console.log(
      `  handoff to the queue only          ${fmt(baseline, 0)}/s  (${queued} queued)  baseline`,
    );
    console.log(
      `  ratio                              ${fmt(withRouting / baseline, 2)}× the baseline's rate\n`,
    );
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function runRoutingBench(): Promise<void> {
  runDecisionBench();
  await runAssignmentBench();
}
