import type { FlowDefinition, FlowState } from '../src/flows/flow.types.js';
import { flowBodySchema } from '../src/flows/flow.types.js';
import { answerFlow, compileFlow, startFlow } from '../src/flows/flow-engine.js';
import { indexTriggers, matchKeyword } from '../src/flows/flow-runner.js';
import { fmt, timeEach } from './stats.js';

/**
 * One flow turn without skills, as the bot runs it: read the stored state (JSON), the
 * customer's answer through the engine (validate, conditions, templated messages until the
 * next question), write the state back. Baseline: the state's JSON round trip alone.
 */
function buildFlow(questions: number): FlowDefinition {
  const steps: FlowDefinition['steps'] = [];
  for (let i = 0; i < questions; i++) {
    steps.push({
      id: `q${i}`,
      type: 'question',
      text: `質問 ${i}: ご注文番号 {{v${i - 1}}} の次は？`,
      variable: `v${i}`,
      kind: i % 3 === 0 ? 'order_number' : i % 3 === 1 ? 'email' : 'date',
    });
    steps.push({
      id: `c${i}`,
      type: 'condition',
      variable: `v${i}`,
      matches: '^[A-Z0-9@.-]',
      ifTrue: `m${i}`,
      ifFalse: `m${i}`,
    });
    steps.push({ id: `m${i}`, type: 'message', text: `ありがとうございます（{{v${i}}}）` });
  }
  steps.push({ id: 'end', type: 'end', text: 'おわり' });
  return flowBodySchema.parse({ name: 'bench', trigger: { keyword: 'bench' }, steps });
}

const answers = ['A-1001', 'sato@example.jp', '2026-12-08'];

export async function runFlowsBench(): Promise<void> {
  const questions = 60;
  const flow = compileFlow('bench', 1, buildFlow(questions));
  // Stored states at every question, as conversations would hold them.
  const states: string[] = [];
  let current = startFlow(flow).state as FlowState;
  for (let i = 0; i < questions; i++) {
    states.push(JSON.stringify(current));
    const next = answerFlow(flow, current, answers[i % 3] as string);
    if (!next.state) break;
    current = next.state;
  }
  const turns = Array.from({ length: 20_000 }, (_, i) => i % states.length);
  let sink = 0;
  // Warm both paths before measuring.
  for (const i of turns.slice(0, 2000)) {
    const state = JSON.parse(states[i] as string) as FlowState;
    sink += JSON.stringify(answerFlow(flow, state, answers[i % 3] as string).state).length;
  }
  const baseline = timeEach(turns, (i) => {
    const state = JSON.parse(states[i] as string) as FlowState;
    sink += JSON.stringify(state).length;
  });
  const step = timeEach(turns, (i) => {
    const state = JSON.parse(states[i] as string) as FlowState;
    const result = answerFlow(flow, state, answers[i % 3] as string);
    sink += JSON.stringify(result.state).length + result.replies.length;
  });
  console.log('Flows: one customer turn through the engine, no skills (20,000 turns)');
  console.log(
    `  baseline (state JSON round trip): p50 ${fmt(baseline.p50)} ms, p99 ${fmt(baseline.p99)} ms`,
  );
  console.log(
    `  flow step: p50 ${fmt(step.p50)} ms, p99 ${fmt(step.p99)} ms (${fmt(step.p99 / baseline.p99, 1)}× baseline p99; target p99 ≤ 5 ms: ${step.p99 <= 5 ? 'met' : 'NOT met'})`,
  );
  // The trigger check every bot turn makes: a tenant with 100 keyword flows, messages that
  // mostly start none. Baseline: normalising the message alone (NFKC, lower case).
  const index = indexTriggers(
    Array.from({ length: 100 }, (_, i) => ({
      id: `f${i}`,
      trigger: { keyword: `キーワード${i}` },
    })),
  );
  const messages = Array.from({ length: 20_000 }, (_, i) =>
    i % 50 === 0 ? `キーワード${i % 100}について教えて` : `注文した商品がまだ届きません ${i}`,
  );
  const normalised = timeEach(messages, (m) => {
    sink += m.normalize('NFKC').toLowerCase().length;
  });
  const triggerCheck = timeEach(messages, (m) => {
    sink += matchKeyword(index, m)?.length ?? 0;
  });
  console.log('Flows: the trigger check of one message, 100 keyword flows (20,000 messages)');
  console.log(
    `  baseline (normalise the message): p50 ${fmt(normalised.p50)} ms, p99 ${fmt(normalised.p99)} ms`,
  );
  console.log(
    `  trigger check: p50 ${fmt(triggerCheck.p50)} ms, p99 ${fmt(triggerCheck.p99)} ms (${fmt(triggerCheck.p99 / normalised.p99, 1)}× baseline p99)`,
  );
  if (sink < 0) console.log(sink);
  console.log('');
}
