import type { FlowDefinition, FlowReply, FlowState, FlowStep } from './flow.types.js';

/**
 * The flow engine, pure: given a flow, where a conversation stands and what the customer
 * said, it answers with the replies, the new state (null once the flow is over) and, when a
 * skill step is reached, the HTTP request to make. The caller makes it (outside any lock)
 * and hands the outcome back with `resumeAfterSkill`.
 */

export type SkillStep = Extract<FlowStep, { type: 'skill' }>;

export type SkillRequest = {
  method: SkillStep['method'];
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  timeoutMs: number;
  retries: number;
};

export type FlowResult = {
  replies: FlowReply[];
  state: FlowState | null;
  /** The flow hands the conversation to a person; the variables go on the handoff card. */
  handoff?: { variables: Record<string, string> };
  /** A skill to run before the flow goes on (state.stepId is the skill step). */
  skill?: SkillRequest;
};

export type SkillOutcome = { ok: true; json: unknown } | { ok: false; reason: string };

const maxStepsPerTurn = 50;

/** Fills `{{var}}` from the variables; `encode` URL-encodes each value (for URLs). */
export function fillTemplate(
  template: string,
  variables: Record<string, string>,
  encode = false,
): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, name: string) => {
    const value = Object.hasOwn(variables, name) ? (variables[name] ?? '') : '';
    return encode ? encodeURIComponent(value) : value;
  });
}

const isOrderNumber = (value: string) => /^[A-Za-z0-9-]{3,32}$/.test(value) && /\d/.test(value);

/** Checks and normalises an answer for a variable kind; undefined when it does not fit. */
export function parseAnswer(kind: string, raw: string): string | undefined {
  const text = raw.normalize('NFKC').trim();
  switch (kind) {
    case 'order_number': {
      const value = text.replace(/^#/, '').replace(/\s+/g, '');
      if (isOrderNumber(value)) return value.toUpperCase();
      // Mail and chat customers write sentences ("注文番号は 1001 です"): the one order number
      // in it, when there is exactly one.
      const found = new Set((text.match(/[A-Za-z0-9-]+/g) ?? []).filter(isOrderNumber));
      return found.size === 1 ? [...found][0]?.toUpperCase() : undefined;
    }
    case 'email':
      return /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/.test(text) && text.length <= 254
        ? text.toLowerCase()
        : undefined;
    case 'date': {
      const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
      if (!match) return undefined;
      const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(y, m - 1, d));
      if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
        return undefined;
      }
      return date.toISOString().slice(0, 10);
    }
    default:
      return text.length > 0 && text.length <= 500 ? text : undefined;
  }
}

/** Reads a dotted path (`order.items.0.name`) out of parsed JSON; only strings, numbers, booleans. */
export function readPath(json: unknown, path: string): string | undefined {
  let value: unknown = json;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part))
      return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}

/** A compiled flow: steps by id and the order they were written in. */
export type CompiledFlow = {
  id: string;
  version: number;
  definition: FlowDefinition;
  byId: Map<string, FlowStep>;
  following: Map<string, string | undefined>;
};

export function compileFlow(id: string, version: number, definition: FlowDefinition): CompiledFlow {
  const byId = new Map<string, FlowStep>();
  const following = new Map<string, string | undefined>();
  definition.steps.forEach((step, i) => {
    byId.set(step.id, step);
    following.set(step.id, definition.steps[i + 1]?.id);
  });
  return { id, version, definition, byId, following };
}

const nextOf = (flow: CompiledFlow, step: FlowStep): string | undefined =>
  ('next' in step && step.next) || flow.following.get(step.id);

function runFrom(
  flow: CompiledFlow,
  startId: string | undefined,
  variables: Record<string, string>,
  replies: FlowReply[],
): FlowResult {
  let stepId = startId;
  for (let i = 0; i < maxStepsPerTurn && stepId !== undefined; i++) {
    const step = flow.byId.get(stepId);
    if (!step) break;
    switch (step.type) {
      case 'message': {
        const text = fillTemplate(step.text, variables);
        if (step.buttons?.length) {
          replies.push({
            text,
            buttons: step.buttons.map((b) => ({ label: b.label, text: b.label })),
          });
          return { replies, state: state(flow, step.id, variables) };
        }
        replies.push({ text });
        stepId = nextOf(flow, step);
        break;
      }
      case 'question':
        replies.push({ text: fillTemplate(step.text, variables) });
        return { replies, state: state(flow, step.id, variables) };
      case 'condition': {
        const value = variables[step.variable] ?? '';
        const holds =
          step.equals !== undefined
            ? value === step.equals
            : step.matches !== undefined
              ? new RegExp(step.matches).test(value)
              : value !== '';
        stepId = holds ? step.ifTrue : step.ifFalse;
        break;
      }
      case 'skill':
        return {
          replies,
          state: state(flow, step.id, variables),
          skill: {
            method: step.method,
            url: fillTemplate(step.url, variables, true),
            headers: Object.fromEntries(
              Object.entries(step.headers ?? {}).map(([k, v]) => [k, fillTemplate(v, variables)]),
            ),
            body: step.body === undefined ? undefined : fillTemplate(step.body, variables),
            timeoutMs: step.timeoutMs,
            retries: step.retries,
          },
        };
      case 'handoff':
        if (step.text) replies.push({ text: fillTemplate(step.text, variables) });
        return { replies, state: null, handoff: { variables } };
      case 'end':
        if (step.text) replies.push({ text: fillTemplate(step.text, variables) });
        return { replies, state: null };
    }
  }
  return { replies, state: null };
}

const state = (
  flow: CompiledFlow,
  stepId: string,
  variables: Record<string, string>,
): FlowState => ({
  flowId: flow.id,
  version: flow.version,
  stepId,
  variables,
});

/** Starts a flow at its first step. */
export function startFlow(flow: CompiledFlow, variables: Record<string, string> = {}): FlowResult {
  return runFrom(flow, flow.definition.steps[0]?.id, { ...variables }, []);
}

/** The customer's answer to the step the flow waits on. */
export function answerFlow(flow: CompiledFlow, current: FlowState, text: string): FlowResult {
  const step = flow.byId.get(current.stepId);
  const variables = { ...current.variables };
  if (!step) return { replies: [], state: null };
  if (step.type === 'question') {
    const value = parseAnswer(step.kind, text);
    if (value === undefined) {
      const retry = step.invalidText ?? step.text;
      return { replies: [{ text: fillTemplate(retry, variables) }], state: current };
    }
    variables[step.variable] = value;
    return runFrom(flow, nextOf(flow, step), variables, []);
  }
  if (step.type === 'message' && step.buttons?.length) {
    const said = text.normalize('NFKC').trim();
    const button = step.buttons.find((b) => b.label.normalize('NFKC').trim() === said);
    if (!button) {
      // Not one of the buttons: ask again.
      return runFrom(flow, step.id, variables, []);
    }
    variables.choice = button.label;
    return runFrom(flow, button.next ?? nextOf(flow, step), variables, []);
  }
  return runFrom(flow, nextOf(flow, step), variables, []);
}

/** Goes on after a skill step with what the API answered. */
export function resumeAfterSkill(
  flow: CompiledFlow,
  current: FlowState,
  outcome: SkillOutcome,
): FlowResult {
  const step = flow.byId.get(current.stepId);
  if (step?.type !== 'skill') return { replies: [], state: null };
  const variables = { ...current.variables };
  if (outcome.ok) {
    const mapped: Record<string, string> = {};
    let isComplete = true;
    for (const [name, path] of Object.entries(step.map)) {
      const value = readPath(outcome.json, path);
      if (value === undefined) isComplete = false;
      else mapped[name] = value;
    }
    if (isComplete) {
      Object.assign(variables, mapped);
      const replies = step.reply ? [{ text: fillTemplate(step.reply, variables) }] : [];
      return runFrom(flow, nextOf(flow, step), variables, replies);
    }
  }
  const replies = [
    {
      text: fillTemplate(
        step.errorText ??
          '申し訳ありません。ただいま確認できませんでした。担当者におつなぎします。 / Sorry, we could not check that just now; a person will help you.',
        variables,
      ),
    },
  ];
  if (step.onError) return runFrom(flow, step.onError, variables, replies);
  // Without a way on, a failed skill hands the customer to a person rather than leaving them.
  return { replies, state: null, handoff: { variables } };
}
