import type { EventBus } from '../bus/index.js';
import { AppError } from '../errors/index.js';
import { newId } from '../ids/index.js';
import {
  IntentClassifier,
  type IntentPrediction,
  type IntentTrainingReport,
} from '../nlu/index.js';
import type { IntentRepository } from './intent.repository.js';
import { type IntentRowError, parseIntentCsv } from './intent-csv.js';
import type { IntentSkillMap } from './intent-skills.js';

/** How long a node answers routing from a map read earlier (changes made on other nodes). */
const SKILL_MAP_MAX_AGE_MS = 5000;

type TenantModel = {
  /** The model parse uses; replaced whole when a training run finishes. */
  current?: IntentClassifier;
  /** When the data behind `current` was read. */
  trainedAt?: string;
  /** The run in progress, if any. */
  running?: Promise<void>;
  /** A change arrived during a run: train once more after it. */
  isStale: boolean;
};

/**
 * Intent examples and each tenant's classifier. Training runs in slices between event-loop
 * turns (never on the request path); parse uses whatever model is current and a finished
 * run swaps the new one in with one assignment.
 */
export function createIntentService({
  intents,
  bus,
  onError = () => {},
}: {
  intents: IntentRepository;
  bus: EventBus;
  onError?: (error: unknown, tenantId: string) => void;
}) {
  const models = new Map<string, TenantModel>();
  const stateOf = (tenantId: string): TenantModel => {
    let state = models.get(tenantId);
    if (!state) {
      state = { isStale: true };
      models.set(tenantId, state);
    }
    return state;
  };

  const runOnce = async (tenantId: string, state: TenantModel): Promise<void> => {
    state.isStale = false;
    const readAt = new Date().toISOString();
    const examples = await intents.listByTenant(tenantId);
    if (examples.length === 0) {
      state.current = undefined;
    } else {
      state.current = await IntentClassifier.train(examples);
    }
    state.trainedAt = readAt;
  };

  /** Trains until the model reflects every change made before the call. */
  const train = (tenantId: string): Promise<void> => {
    const state = stateOf(tenantId);
    state.isStale = true;
    if (!state.running) {
      state.running = (async () => {
        try {
          while (state.isStale) await runOnce(tenantId, state);
        } finally {
          state.running = undefined;
        }
      })();
      return state.running;
    }
    // A run is under way with older data: wait for it, then for the one that follows.
    return state.running.then(() => (state.isStale ? train(tenantId) : undefined));
  };

  const trainInBackground = (tenantId: string) => {
    train(tenantId).catch((error: unknown) => onError(error, tenantId));
  };
  const skillMaps = new Map<string, { map: Promise<IntentSkillMap>; readAt: number }>();
  const skillMap = (tenantId: string): Promise<IntentSkillMap> => {
    const cached = skillMaps.get(tenantId);
    if (cached && Date.now() - cached.readAt < SKILL_MAP_MAX_AGE_MS) return cached.map;
    const map = intents
      .listSkills(tenantId)
      .then((entries) => Object.fromEntries(entries.map((e) => [e.intent, e.skills])));
    skillMaps.set(tenantId, { map, readAt: Date.now() });
    map.catch(() => skillMaps.delete(tenantId));
    return map;
  };

  return {
    /** Good rows are stored (same text → intent updated), bad rows reported by row number. */
    async importCsv(
      tenantId: string,
      csv: string,
    ): Promise<{ imported: number; errors: IntentRowError[] }> {
      const { rows, errors, fatal } = parseIntentCsv(csv);
      if (fatal) throw new AppError('validation_failed', fatal);
      // The last row wins when one file repeats a text.
      const byText = new Map(rows.map((r) => [r.value.text, r.value.intent]));
      const now = new Date().toISOString();
      await intents.upsertMany(
        [...byText].map(([text, intent]) => ({
          id: newId('ixm'),
          tenantId,
          text,
          intent,
          createdAt: now,
        })),
      );
      return { imported: rows.length, errors };
    },

    listExamples: (tenantId: string) => intents.listByTenant(tenantId),

    /** Resolves once the tenant's new model serves; other nodes retrain on the event. */
    async train(tenantId: string): Promise<{ intents: number; examples: number }> {
      await train(tenantId);
      bus.publish({
        type: 'intents.trained',
        tenantId,
        trainedAt: stateOf(tenantId).trainedAt ?? '',
      });
      const model = stateOf(tenantId).current;
      return {
        intents: model?.intents.length ?? 0,
        examples: model ? (await intents.listByTenant(tenantId)).length : 0,
      };
    },

    /**
     * The intent of a text, or null (none trained, out of scope, unsure). Never waits for
     * training: after a restart the first call starts it and answers null until it is done.
     */
    classify(tenantId: string, text: string): IntentPrediction | null {
      const state = stateOf(tenantId);
      if (!state.current && !state.trainedAt && !state.running) trainInBackground(tenantId);
      return state.current?.classify(text) ?? null;
    },

    /**
     * The model serving now and how it was chosen (cross-validated regularisation, threshold
     * and accuracy); null report when none is trained.
     */
    modelStatus(tenantId: string): {
      trainedAt: string | null;
      isTraining: boolean;
      intents: string[];
      report: IntentTrainingReport | null;
    } {
      const state = stateOf(tenantId);
      if (!state.current && !state.trainedAt && !state.running) trainInBackground(tenantId);
      return {
        trainedAt: state.trainedAt ?? null,
        isTraining: Boolean(state.running),
        intents: state.current?.intents ?? [],
        report: state.current?.report ?? null,
      };
    },
    /** Which skills each intent needs of the agent it is routed to. */
    listSkills: (tenantId: string) => intents.listSkills(tenantId),
    /** Replaces the tenant's intent → skills map; routing on this node uses it at once. */
    async setSkills(
      tenantId: string,
      entries: { intent: string; skills: string[] }[],
    ): Promise<{ intent: string; skills: string[] }[]> {
      const seen = new Set<string>();
      for (const e of entries) {
        if (seen.has(e.intent))
          throw new AppError('validation_failed', `intent ${e.intent} is listed twice`);
        seen.add(e.intent);
      }
      const cleaned = entries.map((e) => ({
        intent: e.intent,
        skills: [...new Set(e.skills.map((s) => s.trim()).filter(Boolean))],
      }));
      await intents.replaceSkills(tenantId, cleaned, new Date().toISOString());
      skillMaps.delete(tenantId);
      return intents.listSkills(tenantId);
    },
    /** The map routing reads (cached briefly; see SKILL_MAP_MAX_AGE_MS). */
    skillMap,
    /** Another node trained: retrain here unless this node's model is already as new. */
    refresh(tenantId: string, trainedAt: string): void {
      const state = stateOf(tenantId);
      if (state.trainedAt && state.trainedAt >= trainedAt) return;
      trainInBackground(tenantId);
    },
  };
}

export type IntentService = ReturnType<typeof createIntentService>;
