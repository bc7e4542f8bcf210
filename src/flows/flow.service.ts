import { hkdfSync } from 'node:crypto';
import { open, seal } from '../channels/secret-box.js';
import { notFound } from '../errors/index.js';
import type { FlowRepository, StoredFlow } from './flow.repository.js';
import type { FlowDefinition, FlowStep } from './flow.types.js';
import { type CompiledFlow, compileFlow } from './flow-engine.js';

/** Header values come back as this; sending it back keeps the stored value. */
export const maskedSecret = '********';

export type FlowView = FlowDefinition & {
  id: string;
  version: number;
  versions: number[];
  createdAt: string;
};

type StoredStep = FlowStep & { sealedHeaders?: string };

export function createFlowService(deps: { flows: FlowRepository; masterSecret: string }) {
  const key = Buffer.from(
    hkdfSync('sha256', deps.masterSecret, 'tsunagi', 'flow-secrets/v1', 32) as ArrayBuffer,
  );
  const context = (tenantId: string, flowId: string, stepId: string) =>
    `flow:${tenantId}:${flowId}:${stepId}`;
  /** Compiled flows by tenant, id and version: versions never change once stored. */
  const compiled = new Map<string, CompiledFlow>();

  const openSteps = (tenantId: string, stored: StoredFlow): FlowStep[] =>
    (JSON.parse(stored.steps) as StoredStep[]).map(({ sealedHeaders, ...step }) =>
      sealedHeaders && step.type === 'skill'
        ? {
            ...step,
            headers: JSON.parse(open(key, sealedHeaders, context(tenantId, stored.id, step.id))),
          }
        : step,
    ) as FlowStep[];

  const definitionOf = (tenantId: string, stored: StoredFlow): FlowDefinition => ({
    name: stored.name,
    trigger: JSON.parse(stored.trigger) as FlowDefinition['trigger'],
    steps: openSteps(tenantId, stored),
  });

  const view = (definition: FlowDefinition, stored: StoredFlow, versions: number[]): FlowView => ({
    id: stored.id,
    version: stored.version,
    versions,
    createdAt: stored.createdAt,
    name: definition.name,
    trigger: definition.trigger,
    steps: definition.steps.map((step) =>
      step.type === 'skill' && step.headers
        ? {
            ...step,
            headers: Object.fromEntries(Object.keys(step.headers).map((k) => [k, maskedSecret])),
          }
        : step,
    ),
  });

  /** Skill headers sent back masked take the value stored in the flow's latest version. */
  async function unmasked(tenantId: string, id: string, steps: FlowStep[]): Promise<FlowStep[]> {
    const isMasked = steps.some(
      (s) => s.type === 'skill' && Object.values(s.headers ?? {}).includes(maskedSecret),
    );
    if (!isMasked) return steps;
    const previous = await deps.flows.find(tenantId, id);
    const before = previous ? openSteps(tenantId, previous) : [];
    return steps.map((step) => {
      if (step.type !== 'skill' || !step.headers) return step;
      const old = before.find((s) => s.id === step.id && s.type === 'skill') as
        | Extract<FlowStep, { type: 'skill' }>
        | undefined;
      const headers = Object.fromEntries(
        Object.entries(step.headers).map(([k, v]) => [
          k,
          v === maskedSecret ? (old?.headers?.[k] ?? '') : v,
        ]),
      );
      return { ...step, headers };
    });
  }

  return {
    /** A draft ready to run in the simulator (version 0), its masked secrets filled; nothing stored. */
    async draft(tenantId: string, id: string, flow: FlowDefinition): Promise<CompiledFlow> {
      return compileFlow(id, 0, { ...flow, steps: await unmasked(tenantId, id, flow.steps) });
    },

    /** Stores the flow as a new version; skill headers are sealed, masked ones keep their value. */
    async put(tenantId: string, id: string, flow: FlowDefinition): Promise<FlowView> {
      const steps: StoredStep[] = (await unmasked(tenantId, id, flow.steps)).map((step) => {
        if (step.type !== 'skill' || !step.headers) return step;
        const headers = step.headers;
        const { headers: _plain, ...rest } = step;
        return {
          ...rest,
          sealedHeaders: seal(key, JSON.stringify(headers), context(tenantId, id, step.id)),
        };
      });
      const createdAt = new Date().toISOString();
      const version = await deps.flows.insertVersion(tenantId, {
        id,
        name: flow.name,
        trigger: JSON.stringify(flow.trigger),
        steps: JSON.stringify(steps),
        createdAt,
      });
      const stored = await deps.flows.find(tenantId, id, version);
      if (!stored) throw notFound('Flow');
      return view(definitionOf(tenantId, stored), stored, await deps.flows.versions(tenantId, id));
    },

    async get(tenantId: string, id: string, version?: number): Promise<FlowView> {
      const stored = await deps.flows.find(tenantId, id, version);
      if (!stored) throw notFound('Flow');
      return view(definitionOf(tenantId, stored), stored, await deps.flows.versions(tenantId, id));
    },

    async list(tenantId: string) {
      return (await deps.flows.listLatest(tenantId)).map((stored) => ({
        id: stored.id,
        version: stored.version,
        name: stored.name,
        trigger: JSON.parse(stored.trigger) as FlowDefinition['trigger'],
        stepCount: (JSON.parse(stored.steps) as unknown[]).length,
        createdAt: stored.createdAt,
      }));
    },

    async remove(tenantId: string, id: string): Promise<void> {
      if (!(await deps.flows.remove(tenantId, id, new Date().toISOString()))) {
        throw notFound('Flow');
      }
    },

    /** A flow ready to run (secrets opened), by version; latest when none is given. */
    async compiled(
      tenantId: string,
      id: string,
      version?: number,
    ): Promise<CompiledFlow | undefined> {
      const cacheKey = version === undefined ? undefined : `${tenantId} ${id} ${version}`;
      const hit = cacheKey ? compiled.get(cacheKey) : undefined;
      if (hit) return hit;
      const stored = await deps.flows.find(tenantId, id, version);
      if (!stored) return undefined;
      const flow = compileFlow(id, stored.version, definitionOf(tenantId, stored));
      compiled.set(`${tenantId} ${id} ${stored.version}`, flow);
      return flow;
    },
  };
}

export type FlowService = ReturnType<typeof createFlowService>;
