import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CandidatePool } from './candidate-pool.js';
import {
  type AgentLevel,
  type Candidate,
  chooseAgent,
  compareRank,
  type RoutingNeed,
  rankOf,
} from './choose-agent.js';

const agent = (
  id: string,
  languages: string[],
  maxConcurrent: number,
  load: number,
  extra: { skills?: string[]; level?: AgentLevel } = {},
): Candidate => ({
  id,
  languages,
  maxConcurrent,
  load,
  skills: extra.skills ?? [],
  level: extra.level ?? 'regular',
});
const need = (language: string | null, extra: Partial<RoutingNeed> = {}): RoutingNeed => ({
  language,
  skills: [],
  preferSenior: false,
  ...extra,
});

/** Both the reference scan and the indexed pool must pick the same agent. */
function pickBoth(candidates: Candidate[], n: RoutingNeed): string | undefined {
  const scanned = chooseAgent(candidates, n)?.id;
  const pooled = CandidatePool.from(candidates).pick(n)?.id;
  assert.equal(pooled, scanned, 'the pool agrees with the scan');
  return scanned;
}

test('prefers an agent who speaks the language, even with more load', () => {
  assert.equal(pickBoth([agent('a', ['en'], 5, 0), agent('b', ['ja'], 2, 1)], need('ja')), 'b');
});

test('among speakers, the least loaded wins, then the most free capacity', () => {
  assert.equal(
    pickBoth(
      [agent('a', ['ja'], 3, 2), agent('b', ['ja'], 3, 0), agent('c', ['ja'], 4, 2)],
      need('ja'),
    ),
    'b',
  );
  assert.equal(pickBoth([agent('a', ['ja'], 2, 1), agent('b', ['ja'], 4, 1)], need('ja')), 'b');
});

test('never picks a full agent; nobody free means no pick', () => {
  assert.equal(
    pickBoth([agent('a', ['ja'], 2, 2), agent('b', ['en'], 1, 1)], need('ja')),
    undefined,
  );
  assert.equal(pickBoth([agent('a', ['ja'], 2, 2), agent('b', ['en'], 1, 0)], need('ja')), 'b');
  assert.equal(pickBoth([], need(null)), undefined);
  assert.equal(
    pickBoth([agent('a', ['ja'], 0, 0)], need('ja')),
    undefined,
    'capacity 0 takes nothing',
  );
});

test("a queue's skills are required: an agent without them is never picked", () => {
  const agents = [
    agent('generalist', ['ja'], 5, 0),
    agent('billing', ['en'], 5, 3, { skills: ['billing'] }),
    agent('both', ['ja'], 5, 4, { skills: ['billing', 'refunds'] }),
  ];
  assert.equal(
    pickBoth(agents, need('ja', { skills: ['billing'] })),
    'both',
    'language among the skilled',
  );
  assert.equal(pickBoth(agents, need('ja', { skills: ['billing', 'refunds'] })), 'both');
  assert.equal(pickBoth(agents, need('en', { skills: ['refunds'] })), 'both');
  assert.equal(pickBoth(agents, need('ja', { skills: ['legal'] })), undefined);
});

test('a first-time customer goes to a free senior agent, but language still comes first', () => {
  const agents = [
    agent('new', ['ja'], 5, 0, { level: 'new' }),
    agent('senior', ['ja'], 5, 3, { level: 'senior' }),
    agent('senior-en', ['en'], 5, 0, { level: 'senior' }),
  ];
  assert.equal(pickBoth(agents, need('ja', { preferSenior: true })), 'senior');
  assert.equal(
    pickBoth(agents, need('ja', { preferSenior: false })),
    'new',
    'a returning one: least load',
  );
  const seniorFull = [
    agent('new', ['ja'], 5, 0, { level: 'new' }),
    agent('senior', ['ja'], 3, 3, { level: 'senior' }),
  ];
  assert.equal(
    pickBoth(seniorFull, need('ja', { preferSenior: true })),
    'new',
    'no senior free: anyone',
  );
});

test('without a known language, load decides', () => {
  assert.equal(pickBoth([agent('a', ['ja'], 2, 1), agent('b', ['en'], 4, 0)], need(null)), 'b');
});

test('the pool follows load changes and removals', () => {
  const pool = CandidatePool.from([agent('a', ['ja'], 2, 0), agent('b', ['ja'], 2, 1)]);
  assert.equal(pool.pick(need('ja'))?.id, 'a');
  pool.setLoad('a', 2);
  assert.equal(pool.pick(need('ja'))?.id, 'b', 'a is full');
  pool.setLoad('b', 2);
  assert.equal(pool.pick(need('ja')), undefined);
  pool.setLoad('a', 1);
  assert.equal(pool.pick(need('ja'))?.id, 'a', 'a slot freed');
  pool.remove('a');
  assert.equal(pool.pick(need('ja')), undefined);
});

test('the skill a conversation is about goes to an agent who has it first', () => {
  const agents = [
    agent('general', ['en'], 5, 0),
    agent('billing', ['en'], 3, 1, { skills: ['billing'] }),
    agent('billing-ja', ['ja'], 3, 0, { skills: ['billing'] }),
  ];
  assert.equal(pickBoth(agents, need('en')), 'general', 'no topic: the least loaded');
  assert.equal(
    pickBoth(agents, need('en', { preferredSkill: 'billing' })),
    'billing',
    'the skilled speaker, even with more load',
  );
  assert.equal(
    pickBoth(agents, need('en', { preferredSkill: 'tech' })),
    'general',
    'nobody has it: as without a topic',
  );
  const full = [
    agent('general', ['en'], 5, 0),
    agent('billing', ['en'], 1, 1, { skills: ['billing'] }),
  ];
  assert.equal(
    pickBoth(full, need('en', { preferredSkill: 'billing' })),
    'general',
    'a preference, not a wait',
  );
});

test('a required language waits for a speaker instead of going to anyone free', () => {
  const agents = [agent('ko', ['ko'], 1, 1), agent('en', ['en'], 5, 0)];
  assert.equal(pickBoth(agents, need('ko')), 'en', 'only preferred: anyone free');
  assert.equal(pickBoth(agents, need('ko', { requiresLanguage: true })), undefined, 'waits');
  const freed = [agent('ko', ['ko'], 1, 0), agent('en', ['en'], 5, 0)];
  assert.equal(pickBoth(freed, need('ko', { requiresLanguage: true })), 'ko');
  assert.equal(
    pickBoth(agents, need(null, { requiresLanguage: true })),
    'en',
    'no language known: nothing to require',
  );
});

test('on random agents and needs, the pool picks an agent exactly as good as the full scan', () => {
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const langs = ['ja', 'en', 'ko', 'zh'];
  const skillNames = ['billing', 'tech', 'vip', 'returns'];
  const levels: AgentLevel[] = ['new', 'regular', 'senior'];
  const sample = <T>(list: T[], p: number) => list.filter(() => rand() < p);
  for (let round = 0; round < 200; round++) {
    const agents = Array.from({ length: 1 + Math.floor(rand() * 40) }, (_, i) => {
      const max = Math.floor(rand() * 6);
      return agent(`a${i}`, sample(langs, 0.4), max, Math.floor(rand() * (max + 1)), {
        skills: sample(skillNames, 0.3),
        level: levels[Math.floor(rand() * 3)] as AgentLevel,
      });
    });
    const pool = CandidatePool.from(agents);
    for (let q = 0; q < 20; q++) {
      const n = need(rand() < 0.2 ? null : (langs[Math.floor(rand() * 4)] as string), {
        skills: sample(skillNames, 0.2),
        preferSenior: rand() < 0.5,
        preferredSkill: rand() < 0.5 ? (skillNames[Math.floor(rand() * 4)] as string) : null,
        requiresLanguage: rand() < 0.3,
      });
      const scanned = chooseAgent(agents, n);
      const pooled = pool.pick(n);
      if (!scanned) {
        assert.equal(pooled, undefined);
        continue;
      }
      assert.ok(pooled, 'the pool finds someone when the scan does');
      const a = rankOf(pooled, n);
      const b = rankOf(scanned, n);
      assert.ok(a && b && compareRank(a, b) === 0, 'equally good');
      // Apply the assignment to both, as the router does.
      const chosen = agents.find((x) => x.id === pooled.id) as Candidate;
      chosen.load += 1;
      pool.setLoad(chosen.id, chosen.load);
    }
  }
});
