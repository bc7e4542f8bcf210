import type { EventBus } from '../bus/index.js';
import { AppError } from '../errors/index.js';
import { newId } from '../ids/index.js';
import { IntentClassifier, type IntentPrediction } from '../nlu/index.js';
import type { IntentRepository } from './intent.repository.js';
import { type IntentRowError, parseIntentCsv } from './intent-csv.js';

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

    /** Another node trained: retrain here unless this node's model is already as new. */
    refresh(tenantId: string, trainedAt: string): void {
      const state = stateOf(tenantId);
      if (state.trainedAt && state.trainedAt >= trainedAt) return;
      trainInBackground(tenantId);
    },
  };
}

export type IntentService = ReturnType<typeof createIntentService>;
