import type { RequestOf } from '../api/types';

/** A flow as PUT takes it, typed from the API document. */
export type FlowDraft = RequestOf<'/api/v1/tenants/{tenantId}/flows/{id}', 'put'>;
export type DraftStep = FlowDraft['steps'][number];
export type StepType = DraftStep['type'];

export const stepTypes: StepType[] = [
  'message',
  'question',
  'condition',
  'skill',
  'handoff',
  'end',
];
export const variableKinds = ['order_number', 'email', 'date', 'text'] as const;

/** A new step of a kind, with an id not yet taken. */
export function newStep(type: StepType, taken: string[]): DraftStep {
  let n = 1;
  while (taken.includes(`${type}-${n}`)) n++;
  const id = `${type}-${n}`;
  switch (type) {
    case 'message':
      return { id, type, text: '' };
    case 'question':
      return { id, type, text: '', variable: 'answer', kind: 'text' };
    case 'condition':
      return { id, type, variable: 'answer', ifTrue: id, ifFalse: id };
    case 'skill':
      return { id, type, method: 'GET', url: 'https://', timeoutMs: 5000, retries: 1, map: {} };
    case 'handoff':
      return { id, type };
    case 'end':
      return { id, type };
  }
}

/** Moves the step at `from` by `by` places (within the list). */
export function moveStep(steps: DraftStep[], from: number, by: -1 | 1): DraftStep[] {
  const to = from + by;
  if (to < 0 || to >= steps.length) return steps;
  const next = [...steps];
  const [step] = next.splice(from, 1);
  if (step) next.splice(to, 0, step);
  return next;
}

export type DraftProblem = { step: number | null; key: ProblemKey; detail?: string };
export type ProblemKey =
  | 'flows.err.name'
  | 'flows.err.trigger'
  | 'flows.err.noSteps'
  | 'flows.err.id'
  | 'flows.err.duplicate'
  | 'flows.err.text'
  | 'flows.err.variable'
  | 'flows.err.target'
  | 'flows.err.url'
  | 'flows.err.pattern'
  | 'flows.err.button';

const idPattern = /^[\w-]{1,64}$/;
const variablePattern = /^[A-Za-z_]\w{0,63}$/;

/** What the server would refuse, found before saving, by step. */
export function checkDraft(draft: FlowDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!draft.name.trim()) problems.push({ step: null, key: 'flows.err.name' });
  const trigger = Object.values(draft.trigger).filter((v) => typeof v === 'string' && v.trim());
  if (trigger.length !== 1) problems.push({ step: null, key: 'flows.err.trigger' });
  if (draft.steps.length === 0) problems.push({ step: null, key: 'flows.err.noSteps' });
  const ids = draft.steps.map((s) => s.id);
  draft.steps.forEach((step, i) => {
    const add = (key: ProblemKey, detail?: string) =>
      problems.push({ step: i, key, ...(detail === undefined ? {} : { detail }) });
    if (!idPattern.test(step.id)) add('flows.err.id');
    else if (ids.indexOf(step.id) !== i) add('flows.err.duplicate');
    if ((step.type === 'message' || step.type === 'question') && !step.text.trim()) {
      add('flows.err.text');
    }
    if (
      (step.type === 'question' || step.type === 'condition') &&
      !variablePattern.test(step.variable)
    ) {
      add('flows.err.variable');
    }
    if (step.type === 'skill') {
      if (!/^https?:\/\/\S+$/.test(step.url)) add('flows.err.url');
      for (const name of Object.keys(step.map ?? {})) {
        if (!variablePattern.test(name)) add('flows.err.variable');
      }
    }
    if (step.type === 'condition' && step.matches !== undefined) {
      try {
        new RegExp(step.matches);
      } catch {
        add('flows.err.pattern');
      }
    }
    if (step.type === 'message') {
      for (const b of step.buttons ?? []) if (!b.label.trim()) add('flows.err.button');
    }
    const targets = [
      'next' in step ? step.next : undefined,
      step.type === 'condition' ? step.ifTrue : undefined,
      step.type === 'condition' ? step.ifFalse : undefined,
      step.type === 'skill' ? step.onError : undefined,
      ...(step.type === 'message' ? (step.buttons ?? []).map((b) => b.next) : []),
    ];
    for (const target of targets) {
      if (target !== undefined && !ids.includes(target)) add('flows.err.target', target);
    }
  });
  return problems;
}

/** `Name: value` lines ↔ a record (skill headers); `name = path` lines ↔ a record (mapping). */
export const recordToLines = (record: Record<string, string> | undefined, sep: string) =>
  Object.entries(record ?? {})
    .map(([k, v]) => `${k}${sep}${v}`)
    .join('\n');

export function linesToRecord(text: string, sep: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf(sep.trim());
    if (at <= 0) continue;
    const key = line.slice(0, at).trim();
    if (key) out[key] = line.slice(at + sep.trim().length).trim();
  }
  return out;
}
